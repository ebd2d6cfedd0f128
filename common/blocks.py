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
        preview_value = "Nhận diện các hình thức bạo lực trên cơ sở giới"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Text")
        description = _("Ordinary text: short paragraphs, lists and links.")
        preview_value = (
            "<p>Bạo lực trên cơ sở giới có thể là <b>thể chất</b>, <b>tinh thần</b>, "
            "<b>tình dục</b> hoặc <b>kinh tế</b>. Người tiếp nhận cần lắng nghe, không phán "
            "xét và giữ bí mật cho người bị bạo lực.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image with caption")
        description = _("A photo or drawing from the image library, with a short caption.")
        preview_value = {
            "caption": (
                "Cộng tác viên thảo luận nhóm tại buổi tập huấn ở nhà văn hoá thôn (ảnh minh hoạ)."
            )
        }
        # The preview has no image from the library to show: a placeholder stands in.
        preview_template = "blocks/previews/image.html"


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
        description = _(
            "A video from a hosting site or an uploaded file, with a transcript for slow "
            "connections."
        )
        preview_value = {
            "title": "Kỹ năng tiếp nhận thông tin ban đầu về một vụ bạo lực gia đình",
            "transcript": (
                "<p>Video hướng dẫn cán bộ cơ sở cách chào hỏi, hỏi chuyện và hẹn gặp lại "
                "người bị bạo lực ở nơi an toàn.</p>"
            ),
        }
        # The preview neither fetches a video site nor needs an upload: a placeholder.
        preview_template = "blocks/previews/video.html"

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
        description = _("A link to download a file from Documents, such as a handbook or a form.")
        preview_value = {
            "title": "Sổ tay hướng dẫn tiếp nhận và hỗ trợ người bị bạo lực trên cơ sở giới",
            "description": "Tệp PDF để in cho cộng tác viên và cán bộ cơ sở.",
        }
        preview_template = "blocks/previews/download.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "blocks/callout.html"
        label = _("Key message")
        description = _("A message learners must remember, set apart from the text.")
        preview_value = {
            "title": "Ghi nhớ",
            "text": (
                "<p>Sự an toàn của người bị bạo lực là ưu tiên hàng đầu. Không hoà giải khi "
                "người đó đang gặp nguy hiểm.</p>"
            ),
        }


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
        description = _(
            "A made-up situation with questions for the learner and a discussion they open "
            "after thinking."
        )
        preview_value = {
            "title": "Tình huống: chị A. đến trạm y tế xã",
            "situation": (
                "<p>Chị A. (nhân vật hư cấu) đến trạm y tế vì đau tay. Chị nói bị ngã, nhưng "
                "trên tay có nhiều vết bầm cũ và mới.</p>"
            ),
            "questions": [
                "Những dấu hiệu nào cho thấy chị A. có thể bị bạo lực?",
                "Anh/chị sẽ hỏi chuyện chị A. như thế nào để chị thấy an toàn?",
            ],
            "discussion": (
                "<p>Hỏi riêng, ở nơi kín đáo; không ép chị kể. Cho chị biết các dịch vụ hỗ trợ "
                "và tôn trọng quyết định của chị.</p>"
            ),
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Checklist")
        description = _("A list of steps or points to check, such as what to do before a meeting.")
        preview_value = {
            "title": "Trước khi nói chuyện với người bị bạo lực",
            "items": [
                "Chọn nơi kín đáo, an toàn để nói chuyện",
                "Hỏi ý kiến người đó trước khi báo cho người khác",
                "Chuẩn bị số điện thoại của các dịch vụ hỗ trợ",
            ],
        }


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
        description = _(
            "Distressing material, folded behind a warning until the reader chooses to open it."
        )
        preview_value = {
            "summary": "Phần dưới kể lại một vụ bạo lực tình dục.",
            "body": (
                "<p>Lời kể của một nhân vật hư cấu, được dùng để thảo luận cách hỗ trợ người bị "
                "bạo lực.</p>"
            ),
        }


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
