"""Thông báo về xử lý dữ liệu cá nhân (chính sách quyền riêng tư) của nền tảng đào tạo.

Plain data, no imports. ``body`` uses the same block types as lesson bodies
(see ``demo/schema.py``): heading, paragraph, callout, checklist.
Legal facts follow /work/shared/CONTENT-FACTS.md section 1.6 only.
"""

PRIVACY_PAGE = {
    "title": "Thông báo về xử lý dữ liệu cá nhân",
    "slug": "quyen-rieng-tu",
    "summary": (
        "Chính sách quyền riêng tư của nền tảng đào tạo phòng ngừa và ứng phó với bạo lực trên "
        "cơ sở giới: thông tin nào được lưu, dùng để làm gì, ai được xem và bạn thực hiện "
        "quyền của mình thế nào."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Nền tảng này phục vụ việc đào tạo, bồi dưỡng trong Chương trình phòng ngừa và "
                "ứng phó với bạo lực trên cơ sở giới của tỉnh Ninh Thuận, vận hành cho Sở Lao "
                "động – Thương binh và Xã hội (Sở LĐTBXH). Thông báo này cho bạn biết nền tảng "
                "xử lý dữ liệu cá nhân của bạn như thế nào.</p>"
            ),
        },
        {"type": "heading", "value": "Thông tin chúng tôi lưu"},
        {
            "type": "paragraph",
            "value": (
                "<p>Khi bạn có tài khoản học viên, nền tảng lưu:</p>"
                "<ul>"
                "<li><b>Thông tin đăng nhập</b>: email và mật khẩu. Mật khẩu chỉ được lưu dưới "
                "dạng mã băm một chiều, nên không ai đọc lại được mật khẩu của bạn.</li>"
                "<li><b>Hồ sơ</b>: họ tên, giới tính, năm sinh, huyện, cơ quan/đơn vị, nhóm "
                "đối tượng, chức vụ; số điện thoại (không bắt buộc).</li>"
                "<li><b>Quá trình học</b>: khóa học đã đăng ký, tiến độ từng bài; câu trả lời và "
                "điểm các bài kiểm tra bạn làm; giấy chứng nhận đã được cấp.</li>"
                "<li><b>Tập huấn trực tiếp</b>: việc tham dự do giảng viên ghi nhận. Người tham "
                "dự có thể được ghi nhận cả khi không có tài khoản.</li>"
                "</ul>"
            ),
        },
        {
            "type": "callout",
            "value": {
                "title": "Không ghi trải nghiệm bạo lực lên nền tảng",
                "text": (
                    "<p>Nền tảng <b>không thu thập</b> thông tin về việc ai đã từng bị hoặc gây "
                    "bạo lực. Những thông tin như vậy thường là dữ liệu cá nhân nhạy cảm (sức "
                    "khỏe, đời sống tình dục, xu hướng tình dục…). Xin đừng viết chi tiết về trải "
                    "nghiệm của bạn hay của người khác vào các ô nhập tự do. Nếu bạn cần hỗ trợ, "
                    "hãy gọi các số điện thoại ở cuối trang.</p>"
                ),
            },
        },
        {"type": "heading", "value": "Mục đích sử dụng"},
        {
            "type": "paragraph",
            "value": (
                "<p>Thông tin chỉ được dùng để:</p>"
                "<ul>"
                "<li>tổ chức các khóa học trực tuyến và lớp tập huấn trực tiếp;</li>"
                "<li>cấp giấy chứng nhận hoàn thành khóa học;</li>"
                "<li>đếm số người được đào tạo theo từng huyện cho báo cáo hằng năm của tỉnh. "
                "Báo cáo chỉ có <b>số liệu tổng hợp</b>, không có tên hay thông tin của từng "
                "người.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": "Ai được xem thông tin của bạn"},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><b>Bạn</b>: toàn bộ thông tin về mình.</li>"
                "<li><b>Giảng viên</b>: học viên trong các khóa học do mình phụ trách.</li>"
                "<li><b>Cán bộ Sở LĐTBXH</b>: học viên trong toàn tỉnh.</li>"
                "<li><b>Cán bộ cấp huyện</b>: chỉ những người thuộc huyện của mình.</li>"
                "</ul>"
                "<p>Danh sách ký tên in ra cho lớp tập huấn chỉ hiện <b>3 số cuối</b> của số "
                "điện thoại. Giảng viên chỉ tìm được người theo họ tên trong huyện nơi tổ chức "
                "lớp và trong các lớp của mình; ở nơi khác phải biết đúng số điện thoại hoặc "
                "email của người đó.</p>"
                "<p>Nền tảng không dùng công cụ theo dõi của bên thứ ba, không quảng cáo, không "
                "dùng dịch vụ phân tích truy cập. Dữ liệu không được bán, không được chia sẻ ra "
                "ngoài Chương trình, trừ khi pháp luật yêu cầu.</p>"
            ),
        },
        {"type": "heading", "value": "Trang công khai và trang xác minh giấy chứng nhận"},
        {
            "type": "paragraph",
            "value": (
                "<p>Các trang công khai (tài liệu truyền thông, nâng cao nhận thức) <b>không ghi "
                "lại gì</b> về người đọc; bạn có thể đọc mà không cần đăng nhập. Trang xác minh "
                "giấy chứng nhận chỉ hiện họ tên người được cấp, tên khóa học và ngày cấp: giấy "
                "chứng nhận là một xác nhận công khai, ai cầm giấy cũng kiểm tra được.</p>"
            ),
        },
        {"type": "heading", "value": "Khi bạn đã được ghi nhận tại một lớp tập huấn"},
        {
            "type": "paragraph",
            "value": (
                "<p>Nếu bạn đã dự tập huấn trực tiếp (có tên trong danh sách ký tên) rồi mới tạo "
                "tài khoản, hồ sơ tập huấn đó <b>chỉ được gộp vào tài khoản khi có bằng "
                "chứng</b>: bạn xác minh email trùng với email trong hồ sơ (và cùng họ tên), "
                "hoặc cán bộ Sở xác nhận sau khi đối chiếu. Chỉ khai họ tên và số điện thoại "
                "khi đăng ký thì chưa đủ, vì một số điện thoại có thể dùng chung trong gia "
                "đình. Khi gộp, thông tin đã ghi trong hồ sơ được giữ; chỉ những ô còn trống "
                "được bổ sung từ tài khoản.</p>"
                "<p>Danh sách ký tên tải lên chỉ được giữ đến khi giảng viên lưu (hoặc tối đa "
                "2 ngày nếu không lưu); sau khi lưu, hệ thống không giữ bản sao các dòng của "
                "tệp.</p>"
            ),
        },
        {"type": "heading", "value": "Quyền của bạn"},
        {
            "type": "paragraph",
            "value": (
                "<p>Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, bạn có các quyền, "
                "trong đó có: quyền <b>được biết</b>, quyền <b>đồng ý</b>, quyền <b>truy "
                "cập</b>, quyền <b>rút lại sự đồng ý</b>, quyền <b>xóa dữ liệu</b> và quyền "
                "<b>hạn chế xử lý</b> dữ liệu.</p>"
                "<p>Sự đồng ý chỉ có giá trị khi bạn tự nguyện và biết rõ loại dữ liệu, mục "
                "đích, bên xử lý, quyền và nghĩa vụ của mình; sự đồng ý phải rõ ràng, cụ thể. "
                "<b>Im lặng hoặc không phản hồi không phải là đồng ý.</b></p>"
            ),
        },
        {
            "type": "checklist",
            "value": {
                "title": "Tự thực hiện tại “Trang của tôi” (/me/) khi đã đăng nhập",
                "items": [
                    "Xem và sửa thông tin hồ sơ.",
                    "Tải về toàn bộ thông tin nền tảng đang lưu về bạn, dưới dạng tệp JSON.",
                    "Xóa tài khoản.",
                ],
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Với các yêu cầu khác, như hạn chế xử lý, hoặc nếu bạn được ghi nhận tham dự "
                "tập huấn mà không có tài khoản, hãy liên hệ Sở LĐTBXH.</p>"
            ),
        },
        {"type": "heading", "value": "Khi bạn xóa tài khoản"},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li>Tài khoản và các thông tin nhận diện (họ tên, email, số điện thoại, chức "
                "vụ) bị xóa.</li>"
                "<li>Giấy chứng nhận đã cấp vẫn có hiệu lực và vẫn xác minh được, với họ tên in "
                "trên giấy. Vì vậy trang xác minh vẫn hiện họ tên, khóa học và ngày cấp của "
                "giấy đó. Nếu bạn không muốn giấy còn được xác minh, hãy đề nghị Sở thu hồi "
                "giấy.</li>"
                "<li>Nhật ký tải dữ liệu chỉ còn ghi “tài khoản đã xóa” thay cho email của bạn; "
                "các danh sách ký tên chưa lưu có tên bạn cũng được xóa.</li>"
                "<li>Số liệu tổng hợp (số người được đào tạo theo từng huyện) không thay "
                "đổi: để làm được điều này, hệ thống giữ lại giới tính, năm sinh, huyện, cơ "
                "quan và nhóm đối tượng, không kèm tên hay thông tin liên lạc, cùng các lượt "
                "học đã ghi nhận.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": "Thời gian lưu trữ và liên hệ"},
        {
            "type": "paragraph",
            "value": (
                "<p>Hồ sơ đào tạo được lưu trong thời gian Chương trình còn cần cho việc báo "
                "cáo. Mọi câu hỏi, yêu cầu về dữ liệu cá nhân xin gửi Sở LĐTBXH; địa chỉ liên "
                "hệ được công bố trên trang thông tin điện tử của Sở hoặc tại trụ sở Sở.</p>"
            ),
        },
        {"type": "heading", "value": "Căn cứ pháp lý"},
        {
            "type": "paragraph",
            "value": (
                "<p>Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, ban hành ngày "
                "17/4/2023, có hiệu lực từ ngày 01/7/2023. Từ ngày 01/01/2026, <b>Luật Bảo vệ "
                "dữ liệu cá nhân số 91/2025/QH15</b> có hiệu lực và thay thế vai trò của Nghị "
                "định này.</p>"
            ),
        },
    ],
}
