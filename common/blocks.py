"""StreamField blocks shared by lessons and content pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        form_classname = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the lesson.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Text")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image with caption")


class VideoBlockValue(blocks.StructValue):
    @property
    def is_uploaded(self) -> bool:
        return bool(self.get("file"))


class VideoBlock(blocks.StructBlock):
    """A video either embedded from a hosting site or uploaded as a document file."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    embed = EmbedBlock(
        label=_("Video link"),
        required=False,
        help_text=_("Address of the video on a hosting site, for example YouTube."),
    )
    file = DocumentChooserBlock(
        label=_("Uploaded video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to Documents; used when no link is given."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript or summary"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("For learners on a slow connection or who cannot play sound."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        value_class = VideoBlockValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("embed")) == bool(value.get("file")):
            raise StructBlockValidationError(
                block_errors={
                    "embed": ValidationError(_("Give either a video link or an uploaded file.")),
                }
            )
        return value


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/download.html"
        label = _("Downloadable document")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "blocks/callout.html"
        label = _("Key message")
        description = _("A message learners must remember, set apart from the text.")


class CaseScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_TEXT_FEATURES)
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question")), label=_("Questions to think about"), min_num=1
    )
    discussion = blocks.RichTextBlock(
        label=_("Discussion"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown folded, so learners think before they read it."),
    )

    class Meta:
        icon = "help"
        template = "blocks/case_scenario.html"
        label = _("Case scenario")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Checklist")


class ContentNoteBlock(blocks.StructBlock):
    """Distressing material stays folded until the reader chooses to open it."""

    summary = blocks.CharBlock(
        label=_("Warning"),
        max_length=250,
        help_text=_("What the hidden part contains, for example: an account of sexual violence."),
    )
    body = blocks.RichTextBlock(label=_("Hidden content"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/content_note.html"
        label = _("Content note")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DownloadBlock()
    callout = CalloutBlock()
    case_scenario = CaseScenarioBlock()
    checklist = ChecklistBlock()
    content_note = ContentNoteBlock()
