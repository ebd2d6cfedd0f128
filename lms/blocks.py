"""Kept so migrations that name `lms.blocks.HeadingBlock` and its siblings still load: the
lesson blocks live in `common.blocks`."""

from common.blocks import *  # noqa: F403
