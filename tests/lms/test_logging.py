import json
import logging

from common.logging import JsonFormatter


def test_a_log_line_is_one_json_object_with_vietnamese_kept():
    record = logging.makeLogRecord(
        {
            "name": "courses",
            "levelname": "WARNING",
            "levelno": logging.WARNING,
            "msg": "Không gửi được email cho %s",
            "args": ("Nguyễn Thị Hằng",),
            "job": 42,
        }
    )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "Không gửi được email cho Nguyễn Thị Hằng"
    assert entry["level"] == "WARNING" and entry["logger"] == "courses" and entry["job"] == 42


def test_exceptions_are_kept_in_the_object():
    try:
        raise RuntimeError("hỏng")
    except RuntimeError:
        import sys

        record = logging.makeLogRecord(
            {"msg": "failed", "levelname": "ERROR", "exc_info": sys.exc_info()}
        )
    entry = json.loads(JsonFormatter().format(record))
    assert "RuntimeError: hỏng" in entry["exception"]
