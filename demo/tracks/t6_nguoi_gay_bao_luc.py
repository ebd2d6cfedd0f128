"""Khối 6: Làm việc với người gây bạo lực và người có nguy cơ gây bạo lực (nội dung demo, dữ liệu thuần)."""

TRACK = {
    "number": 6,
    "title": "Làm việc với người gây bạo lực và người có nguy cơ gây bạo lực",
    "slug": "lam-viec-voi-nguoi-gay-bao-luc",
    "summary": (
        "Hiểu bản chất hành vi bạo lực và trách nhiệm của người gây bạo lực, các biện pháp theo "
        "Luật Phòng, chống bạo lực gia đình 2022, và cách hỗ trợ chuyển đổi hành vi qua làm việc "
        "cá nhân, nhóm nam giới mà vẫn đặt an toàn của người bị bạo lực lên trên hết."
    ),
    "audience": (
        "<p>Dành cho người cung cấp dịch vụ được giao làm việc với người gây bạo lực và người có "
        "nguy cơ gây bạo lực: nhân viên, cộng tác viên công tác xã hội, người làm tư vấn, tham "
        "vấn, cán bộ hội đoàn thể, người có uy tín ở cộng đồng và người điều phối nhóm nam giới. "
        "Kế hoạch năm 2023 của chương trình nêu nhu cầu trang bị <i>kiến thức, kỹ năng làm việc "
        "với người gây bạo lực</i> cho người cung cấp dịch vụ và mở rộng hoạt động thay đổi hành "
        "vi cho người gây bạo lực, người có nguy cơ gây bạo lực.</p><p>Nên học khối 5 (Tư vấn, "
        "tham vấn và quản lý ca) trước. Trong toàn bộ khối này, an toàn của người bị bạo lực luôn "
        "được đặt trên mục tiêu thay đổi người gây bạo lực.</p>"
    ),
    "objectives": [
        (
            "Giải thích bạo lực gia đình, bạo lực trên cơ sở giới là hành vi có chủ ý nhằm giành "
            "hoặc giữ quyền kiểm soát."
        ),
        (
            "Nhận diện chuẩn mực nam tính có hại và đáp lại lời bào chữa mà không đồng lõa, không "
            "làm nhục."
        ),
        (
            "Trình bày các biện pháp theo Luật Phòng, chống bạo lực gia đình 2022 liên quan đến "
            "người gây bạo lực, nhất là giáo dục, hỗ trợ chuyển đổi hành vi."
        ),
        "Tổ chức buổi làm việc cá nhân và buổi sinh hoạt nhóm nam giới theo hướng thay đổi hành vi.",
        "Nhận biết dấu hiệu nguy hiểm, biết khi nào dừng và chuyển tuyến.",
        (
            "Góp phần thực hiện mục tiêu 50% (2025) và 70% (2030) người gây bạo lực được tư vấn, "
            "tham vấn của Chiến lược quốc gia về bình đẳng giới."
        ),
    ],
    "courses": [
        {
            "title": "Hiểu hành vi bạo lực và trách nhiệm của người gây bạo lực",
            "slug": "hieu-hanh-vi-bao-luc",
            "summary": (
                "Bạo lực như một cách giành và giữ quyền kiểm soát; chuẩn mực nam tính và những "
                "lời bào chữa; các biện pháp pháp lý đối với người gây bạo lực."
            ),
            "description": (
                "<p>Muốn giúp một người thay đổi hành vi, người hỗ trợ trước hết cần hiểu đúng "
                "hành vi đó. Khóa học giúp phân biệt hoàn cảnh với lời bào chữa, đặt trách nhiệm "
                "đúng chỗ và nắm các biện pháp mà Luật Phòng, chống bạo lực gia đình số "
                "13/2022/QH15 quy định đối với người có hành vi bạo lực.</p>"
            ),
            "estimated_hours": "3.0",
            "objectives": [
                "Nhận diện các hình thức bạo lực và khuôn mẫu kiểm soát đằng sau chúng.",
                "Phân tích chuẩn mực nam tính góp phần duy trì bạo lực.",
                "Đáp lại các lời bào chữa như rượu bia, nóng tính mà vẫn giữ được quan hệ làm việc.",
                (
                    "Giải thích các biện pháp giáo dục, hỗ trợ chuyển đổi hành vi; góp ý, phê bình "
                    "trong cộng đồng; công việc phục vụ cộng đồng."
                ),
            ],
            "lessons": [
                {
                    "title": "Quyền lực và kiểm soát: bạo lực không phải phút nóng giận",
                    "slug": "quyen-luc-va-kiem-soat",
                    "summary": (
                        "Bạo lực gia đình theo Luật 2022, các hình thức của nó và khuôn mẫu kiểm "
                        "soát đằng sau hành vi bạo lực."
                    ),
                    "body": [
                        {"type": "heading", "value": "Bạo lực gia đình theo Luật 2022"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 định nghĩa "
                                "bạo lực gia đình là <b>hành vi cố ý</b> của thành viên gia đình "
                                "gây tổn hại hoặc có khả năng gây tổn hại về thể chất, tinh thần, "
                                "tình dục, kinh tế đối với thành viên khác. Hai chữ “cố ý” rất "
                                "quan trọng: luật không coi bạo lực là tai nạn.</p><p>Luật liệt kê "
                                "16 hành vi bạo lực gia đình. Bên cạnh hành hạ, đánh đập, đe dọa, "
                                "có nhiều hành vi không để lại vết thương: lăng mạ, chì chiết, xúc "
                                "phạm danh dự; ngăn cản gặp người thân, cô lập; kiểm soát tài sản, "
                                "thu nhập; cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc "
                                "chồng; tiết lộ, phát tán đời tư để xúc phạm.</p><p><b>Bạo lực "
                                "trên cơ sở giới</b> rộng hơn: mọi hành vi có hại trái ý muốn một "
                                "người, dựa trên khác biệt về giới do xã hội gán cho.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Khuôn mẫu quyền lực và kiểm soát"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bạo lực thường không phải sự việc riêng lẻ mà là chuỗi hành vi "
                                "giữ quyền quyết định trong tay một người: ai giữ tiền, ai được đi "
                                "đâu, gặp ai, ai phải im lặng. Cú đánh thường chỉ là phần nổi; nỗi "
                                "sợ bị đánh mới duy trì sự kiểm soát hằng ngày. Sau bạo lực có thể "
                                "là xin lỗi, quà cáp, hứa hẹn, khiến người bị bạo lực hy vọng rồi "
                                "lại thất vọng.</p><ul><li><b>Kinh tế</b>: giữ hết tiền, bắt xin "
                                "từng khoản, không cho đi làm.</li><li><b>Cô lập</b>: cấm về nhà "
                                "mẹ đẻ, ghen tuông, kiểm tra điện thoại.</li><li><b>Đe dọa</b>: "
                                "dọa đánh, dọa đuổi khỏi nhà, dọa giành con.</li><li><b>Hạ "
                                "thấp</b>: chê bai, xúc phạm trước mặt con cái, họ "
                                "hàng.</li><li><b>Chối bỏ, đổ lỗi</b>: “có gì đâu”, “tại cô "
                                "ấy”.</li></ul>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": (
                                    "Phần sau mô tả một chuỗi hành vi kiểm soát và bạo lực trong "
                                    "gia đình."
                                ),
                                "body": (
                                    "<p>Anh S. giữ toàn bộ tiền bán nho của hai vợ chồng. Vợ anh "
                                    "muốn mua thuốc cho con phải xin và giải thích từng khoản. Tối "
                                    "nào anh cũng xem tin nhắn của vợ và cấm chị về thăm mẹ. Khi "
                                    "chị vẫn đi, anh chửi chị trước mặt các con là “đồ không biết "
                                    "điều”, rồi đẩy chị ngã vào cạnh bàn. Hôm sau anh mua quà, nói "
                                    "vì thương nên mới ghen, hứa không tái diễn. Hai tháng sau "
                                    "chuyện lặp lại, lần này anh dọa đuổi chị ra khỏi nhà và giữ "
                                    "các con.</p><p>Theo Luật 2022, đây là nhiều hành vi bạo lực "
                                    "gia đình: lăng mạ, ngăn cản gặp người thân, kiểm soát thu "
                                    "nhập, đánh, đe dọa. Cú đẩy chỉ là một phần của khuôn mẫu.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Vì sao hiểu đúng lại quan trọng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nếu coi bạo lực chỉ là “nóng giận nhất thời”, người hỗ trợ sẽ "
                                "chỉ dạy cách kìm cơn giận mà bỏ qua niềm tin “tôi có quyền quyết "
                                "định thay vợ”. Nếu coi đó là “chuyện riêng vợ chồng”, người hỗ "
                                "trợ dễ ép hai bên làm lành, đẩy người bị bạo lực vào thế phải "
                                "nhường nhịn. Khóa học này nhìn bạo lực là hành vi được học và "
                                "được lựa chọn.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Bạo lực là hành vi có chủ ý để giành hoặc giữ quyền kiểm "
                                    "soát. Trách nhiệm thuộc về người gây bạo lực, không thuộc về "
                                    "người bị bạo lực. Vì là hành vi được lựa chọn, nó có thể thay "
                                    "đổi.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Dấu hiệu kiểm soát cần chú ý khi nói chuyện với người gây bạo lực",
                                "items": [
                                    "Nói về vợ như người phải nghe lời, phải xin phép.",
                                    (
                                        "Kể chuyện giữ tiền, kiểm tra điện thoại, cấm đi lại như "
                                        "điều bình thường."
                                    ),
                                    "Coi ghen tuông là bằng chứng của tình thương.",
                                    "Thu nhỏ hành vi: “chỉ xô nhẹ”, “có gì đâu”.",
                                    "Luôn có một lý do nằm ở người khác.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Chuẩn mực nam tính và những lời bào chữa",
                    "slug": "chuan-muc-nam-tinh-va-loi-bao-chua",
                    "summary": (
                        "Chuẩn mực nam tính có hại, những lời bào chữa thường gặp như rượu bia, "
                        "nóng tính, và cách đáp lại để đặt trách nhiệm đúng chỗ."
                    ),
                    "body": [
                        {"type": "heading", "value": "Giới là điều học được, nên có thể thay đổi"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Bình đẳng giới 2006 phân biệt <b>giới tính</b> (đặc điểm "
                                "sinh học) với <b>giới</b> (đặc điểm, vị trí, vai trò của nam và "
                                "nữ trong mọi quan hệ xã hội). Những câu như “đàn ông là trụ cột, "
                                "phải quyết định”, “vợ phải nghe chồng”, “đàn ông không được "
                                "khóc”, “không nhậu không phải đàn ông” được học từ gia đình, bạn "
                                "bè, làng xóm. Chúng khiến nhiều nam giới tin mình có quyền kiểm "
                                "soát vợ con, và chỉ cho phép một cảm xúc được bày tỏ: tức "
                                "giận.</p><p>Chúng cũng gây hại cho chính nam giới: áp lực kiếm "
                                "tiền, ngại tìm giúp đỡ, uống rượu để chứng tỏ. Tài liệu hướng dẫn "
                                "viên của câu lạc bộ “Nam giới tiên phong” nói rõ mục tiêu ngay ở "
                                "tên gọi: <i>Thay đổi các chuẩn mực nam tính, xây dựng các mối "
                                "quan hệ tôn trọng và bình đẳng với phụ nữ</i>.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Những lời bào chữa thường gặp"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>“Tại rượu.”</b> Rượu bia có thể làm tình huống nguy "
                                "hiểm hơn, nên giảm rượu bia là mục tiêu đáng đặt ra. Nhưng nhiều "
                                "người say không đánh ai, và chính người đó khi say cũng không "
                                "đánh cấp trên hay công an. Người say vẫn chọn đánh ai, ở "
                                "đâu.</li><li><b>“Tôi nóng tính.”</b> Người “nóng tính” vẫn kìm "
                                "được ở cơ quan, ngoài chợ. Nóng tính không giải thích vì sao cơn "
                                "nóng chỉ trút vào vợ con.</li><li><b>“Tại cô ấy hỗn.”</b> Không "
                                "lời nói nào buộc ai phải đánh.</li><li><b>“Có gì đâu, chỉ một cái "
                                "tát.”</b> Luật 2022 coi cả lăng mạ, chì chiết là bạo lực gia "
                                "đình; một cái tát không phải “không có gì”.</li><li><b>“Chuyện "
                                "nhà tôi.”</b> Luật quy định nơi tiếp nhận tin báo bạo lực gia "
                                "đình như UBND cấp xã, công an, trưởng thôn: đây không phải chuyện "
                                "riêng.</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Đáp lại lời bào chữa: không đồng lõa, không làm nhục",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hai sai lầm thường gặp là <b>đồng lõa</b> (cười theo, nói “đàn "
                                "ông ai chẳng có lúc vậy”) và <b>làm nhục</b> (mắng, lên lớp trước "
                                "đám đông). Đồng lõa củng cố lời bào chữa; làm nhục khiến người đó "
                                "phòng thủ. Thay vào đó:</p><ul><li>Ghi nhận cảm xúc nhưng tách "
                                "khỏi hành vi: “Anh bực chuyện tiền là thật. Còn việc đánh là anh "
                                "chọn.”</li><li>Hỏi để người đó tự thấy lựa chọn: “Lúc đó anh có "
                                "thể làm gì khác?”</li><li>Hướng tới hậu quả với người anh thương: "
                                "“Các cháu thấy cảnh đó thì sao?”</li></ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Sau chuyến biển ở Vĩnh Hải",
                                "situation": (
                                    "<p>Anh T., 38 tuổi, làm nghề biển ở xã Vĩnh Hải. Sau chuyến "
                                    "biển dài, anh nhậu với bạn, về nhà cãi nhau với vợ chuyện "
                                    "tiền rồi tát và xô chị ngã. Trưởng thôn nhờ cộng tác viên nói "
                                    "chuyện với anh. Anh nói: “Tại rượu thôi, tỉnh rồi tôi thương "
                                    "vợ lắm. Mà cô ấy cũng hỗn, đàn ông đi biển cực khổ về còn bị "
                                    "cằn nhằn.”</p>"
                                ),
                                "questions": [
                                    "Bạn đáp lại câu “tại rượu thôi” như thế nào?",
                                    "Chuẩn mực nam tính nào nằm sau lời anh T.?",
                                    "Điều gì bạn không nên nói trong buổi này?",
                                ],
                                "discussion": (
                                    "<p>Có thể ghi nhận sự vất vả của nghề biển mà không chấp nhận "
                                    "bạo lực: “Đi biển cực thật. Nhưng cái tát là việc anh chọn "
                                    "làm, không phải việc rượu làm.” Sau lời anh là niềm tin người "
                                    "làm ra tiền có quyền được nghe lời và vợ phải nhịn. Không nói "
                                    "“thôi về làm lành” hay “chị ấy cũng có lỗi”: đó là đồng lõa "
                                    "và đẩy trách nhiệm sang người bị bạo lực. Báo trước cho người "
                                    "quản lý ca của chị để cập nhật kế hoạch an toàn; không kể lại "
                                    "với anh T. điều chị đã nói.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Rượu bia, nóng tính hay “bị khiêu khích” có thể là hoàn "
                                    "cảnh, nhưng không phải lý do. Tôn trọng con người, nhưng "
                                    "không chấp nhận hành vi bạo lực.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Các biện pháp theo Luật Phòng, chống bạo lực gia đình 2022",
                    "slug": "bien-phap-theo-luat-doi-voi-nguoi-gay-bao-luc",
                    "summary": (
                        "Các biện pháp ngăn chặn, bảo vệ và xử lý liên quan đến người gây bạo lực; "
                        "giáo dục, hỗ trợ chuyển đổi hành vi; góp ý, phê bình trong cộng đồng; "
                        "công việc phục vụ cộng đồng."
                    ),
                    "body": [
                        {"type": "heading", "value": "Tổng quan các biện pháp"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật số 13/2022/QH15 có hiệu lực từ 01/7/2023, thay Luật năm "
                                "2007. Luật quy định các biện pháp ngăn chặn, bảo vệ "
                                "sau:</p><ol><li>Buộc chấm dứt hành vi bạo lực gia "
                                "đình.</li><li>Yêu cầu đến trụ sở Công an xã.</li><li>Cấm tiếp "
                                "xúc.</li><li>Bố trí nơi tạm lánh, hỗ trợ nhu cầu thiết "
                                "yếu.</li><li>Chăm sóc, điều trị.</li><li>Trợ giúp pháp lý, tư vấn "
                                "tâm lý.</li><li>Giáo dục, hỗ trợ chuyển đổi hành vi.</li><li>Góp "
                                "ý, phê bình trong cộng đồng.</li><li>Công việc phục vụ cộng "
                                "đồng.</li><li>Biện pháp xử lý vi phạm hành chính.</li><li>Biện "
                                "pháp tố tụng hình sự.</li></ol>"
                            ),
                        },
                        {"type": "heading", "value": "Giáo dục, hỗ trợ chuyển đổi hành vi"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật định nghĩa đây là việc cung cấp kiến thức, kỹ năng "
                                "<b>kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu thuẫn</b>. "
                                "Đó là ba nội dung cốt lõi của mọi buổi làm việc. Trong thực hành "
                                "cần thêm một điều: người đó thừa nhận hành vi và nhận trách "
                                "nhiệm. Chuyển đổi hành vi không phải “giảng hòa” vợ chồng, và "
                                "không được dùng để thuyết phục người bị bạo lực quay về.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Góp ý, phê bình và công việc phục vụ cộng đồng",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Góp ý, phê bình trong cộng đồng</b> có tác dụng khi tập "
                                "trung vào hành vi và trách nhiệm của người gây bạo lực, không bêu "
                                "riếu đời tư gia đình. Tiết lộ, phát tán đời tư để xúc phạm cũng "
                                "là hành vi bạo lực gia đình, nên buổi góp ý không nhắc chi tiết "
                                "riêng tư của người bị bạo lực khi họ chưa đồng ý.</p><p><b>Công "
                                "việc phục vụ cộng đồng</b> cũng là một biện pháp trong Luật. Nên "
                                "kết nối nó với giáo dục, hỗ trợ chuyển đổi hành vi để người gây "
                                "bạo lực hiểu vì sao mình phải làm, chứ không chỉ làm cho xong. "
                                "Trình tự, thẩm quyền áp dụng từng biện pháp cần tra trong văn bản "
                                "gốc của Luật và văn bản hướng dẫn.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Cấm tiếp xúc và xử phạt"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chủ tịch UBND cấp xã có thể quyết định cấm tiếp xúc, mỗi lần "
                                "không quá 03 ngày; khi hành vi đe dọa tính mạng thì không cần có "
                                "đề nghị. Từ 15/12/2025, Nghị định 282/2025/NĐ-CP thay Nghị định "
                                "144/2021/NĐ-CP về xử phạt vi phạm hành chính, trong đó có các "
                                "hành vi bạo lực gia đình. Người hỗ trợ không hứa với người gây "
                                "bạo lực rằng tham gia chương trình sẽ giúp được miễn xử lý.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Mục tiêu quốc gia"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030 "
                                "(Nghị quyết 28/NQ-CP) đặt mục tiêu 50% (2025) và 70% (2030) người "
                                "gây bạo lực được tư vấn, tham vấn; đồng thời 80% (2025) và 90% "
                                "(2030) người bị bạo lực gia đình, bạo lực trên cơ sở giới được "
                                "phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản. Không "
                                "chạy theo số người gây bạo lực được tư vấn mà quên an toàn của "
                                "người bị bạo lực.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước khi đề xuất một biện pháp đối với người gây bạo lực",
                                "items": [
                                    (
                                        "Người bị bạo lực đã được hỏi ý kiến một cách an toàn, qua "
                                        "người quản lý ca."
                                    ),
                                    "Đã cân nhắc nguy cơ người gây bạo lực trả thù.",
                                    "Kế hoạch an toàn của người bị bạo lực đã được cập nhật.",
                                    (
                                        "Nội dung góp ý, phê bình chỉ nói về hành vi, không tiết "
                                        "lộ đời tư."
                                    ),
                                    "Đã kết nối với hoạt động giáo dục, hỗ trợ chuyển đổi hành vi.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Các biện pháp thay đổi hành vi đi cùng, chứ không thay "
                                    "thế, các biện pháp bảo vệ người bị bạo lực và xử lý vi "
                                    "phạm.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Hỗ trợ chuyển đổi hành vi trong thực hành",
            "slug": "ho-tro-chuyen-doi-hanh-vi",
            "summary": (
                "Tổ chức buổi làm việc cá nhân, sinh hoạt nhóm nam giới theo kinh nghiệm mô hình "
                "Nam giới tiên phong, và giữ an toàn của người bị bạo lực lên trên hết: khi nào "
                "dừng, chuyển tuyến."
            ),
            "description": (
                "<p>Khóa học đi từ kỹ năng của một buổi làm việc cá nhân đến cách tổ chức nhóm nam "
                "giới ở cộng đồng, dựa trên định nghĩa giáo dục, hỗ trợ chuyển đổi hành vi của "
                "Luật 2022 và kinh nghiệm câu lạc bộ “Nam giới tiên phong”. Bài cuối tập trung vào "
                "những tình huống phải dừng lại để bảo vệ người bị bạo lực.</p>"
            ),
            "estimated_hours": "3.5",
            "objectives": [
                "Chuẩn bị và dẫn một buổi làm việc cá nhân 60 phút với người gây bạo lực.",
                (
                    "Luyện cùng người gây bạo lực các kỹ năng kiềm chế cảm xúc, kiểm soát hành vi, "
                    "giải quyết mâu thuẫn."
                ),
                "Tổ chức sinh hoạt nhóm nam giới an toàn, có nội quy, tránh bao che lẫn nhau.",
                (
                    "Phối hợp với người quản lý ca, nhận biết dấu hiệu nguy hiểm, dừng và chuyển "
                    "tuyến đúng lúc."
                ),
            ],
            "lessons": [
                {
                    "title": "Buổi làm việc cá nhân với người gây bạo lực",
                    "slug": "buoi-lam-viec-ca-nhan",
                    "summary": "Mục tiêu, chuẩn bị, cấu trúc một buổi làm việc và thái độ của người hỗ trợ.",
                    "body": [
                        {"type": "heading", "value": "Mục tiêu"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Mục tiêu trước mắt là <b>chấm dứt bạo lực</b>. Mục tiêu lâu "
                                "dài là người đó thừa nhận hành vi, nhận trách nhiệm và có kỹ năng "
                                "kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu thuẫn không "
                                "bạo lực. Buổi làm việc không phải tham vấn cho cặp vợ chồng và "
                                "không phải hòa giải.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Chuẩn bị"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Hỏi người quản lý ca của người bị bạo lực (khi người bị "
                                "bạo lực đồng ý) về mức độ nguy cơ hiện tại.</li><li>Không bao giờ "
                                "nói lại với người gây bạo lực những gì người bị bạo lực đã kể, "
                                "hay nơi họ đang ở.</li><li>Gặp ở trụ sở, phòng làm việc; không "
                                "gặp tại nhà khi người bị bạo lực có mặt. Trường hợp nguy cơ cao, "
                                "đi hai người.</li><li>Nói rõ giới hạn bảo mật từ đầu: lời đe dọa "
                                "làm hại người khác sẽ được báo.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Gợi ý cấu trúc một buổi 60 phút"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol><li><b>Mở đầu (5 phút)</b>: nhắc mục tiêu và thỏa "
                                "thuận.</li><li><b>Nhìn lại tuần qua (10 phút)</b>: hỏi cụ thể "
                                "theo hành vi: có lúc nào anh la mắng, đe dọa, xô đẩy, giữ tiền, "
                                "kiểm tra điện thoại không.</li><li><b>Phân tích một tình huống "
                                "gần đây (20 phút)</b>: chuyện gì xảy ra, anh nghĩ gì, cơ thể thấy "
                                "thế nào, anh đã chọn làm gì, còn lựa chọn nào "
                                "khác.</li><li><b>Luyện kỹ năng (20 phút)</b>: nhận biết dấu hiệu "
                                "cơ thể khi cơn giận lên; <i>tạm dừng</i> đúng cách: nói trước là "
                                "mình ra ngoài, đi bộ, không uống rượu, không chạy xe khi đang "
                                "giận, quay lại khi đã bình tĩnh; nói về nhu cầu của mình thay vì "
                                "buộc tội; bàn chuyện tiền bạc như hai người ngang "
                                "hàng.</li><li><b>Kết thúc (5 phút)</b>: một cam kết cụ thể cho "
                                "tuần tới.</li></ol>"
                            ),
                        },
                        {"type": "heading", "value": "Thái độ của người hỗ trợ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Tôn trọng con người nhưng không chấp nhận hành vi. Không mắng, "
                                "không làm nhục, cũng không gật gù với lời bào chữa. Ghi nhận "
                                "những thay đổi nhỏ, nhưng đo sự thay đổi bằng <b>mức độ an toàn "
                                "và tự do của người bị bạo lực</b>, không bằng lời hứa của người "
                                "gây bạo lực.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Anh K. muốn vợ về nhà",
                                "situation": (
                                    "<p>Anh K., 45 tuổi, ở xã Phước Hữu, đã tham gia bốn buổi làm "
                                    "việc sau khi bị góp ý, phê bình ở thôn. Vợ anh đang ở nhà mẹ "
                                    "đẻ cùng con nhỏ. Anh nói: “Tôi thay đổi rồi, bỏ rượu hẳn. Cô "
                                    "nói giúp vợ tôi về đi, cô ấy nghe cô.”</p>"
                                ),
                                "questions": [
                                    "Bạn trả lời đề nghị của anh K. như thế nào?",
                                    "Dựa vào đâu để đánh giá anh K. có thay đổi thật không?",
                                    (
                                        "Thông tin nào bạn có thể và không thể trao đổi với người "
                                        "quản lý ca của vợ anh?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>Người hỗ trợ không làm người đưa tin hay thuyết phục vợ "
                                    "anh quay về; quyết định đó là của chị. Có thể nói: “Em ghi "
                                    "nhận anh đã bỏ rượu. Chị về hay không là chị quyết định, em "
                                    "không nói thay anh được.” Phản ứng của anh trước câu trả lời "
                                    "này cũng là một dấu hiệu: nếu anh giận dữ, gây sức ép, sự "
                                    "kiểm soát vẫn còn. Thay đổi thật thể hiện qua việc tôn trọng "
                                    "quyết định của vợ, không theo dõi, không nhắn tin gây áp lực, "
                                    "cùng gánh việc nhà, bàn bạc chuyện tiền. Chỉ chia sẻ với "
                                    "người quản lý ca thông tin liên quan đến nguy cơ, theo quy "
                                    "trình đã thỏa thuận.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Thước đo của thay đổi là người bị bạo lực an toàn hơn và "
                                    "tự do hơn, không phải người gây bạo lực nói hay hơn.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Nhóm nam giới: học từ mô hình Nam giới tiên phong",
                    "slug": "nhom-nam-gioi-tien-phong",
                    "summary": (
                        "Mô hình câu lạc bộ Nam giới tiên phong, phân biệt nhóm phòng ngừa với "
                        "nhóm chuyển đổi hành vi, cách tổ chức buổi sinh hoạt và các rủi ro cần "
                        "canh chừng."
                    ),
                    "body": [
                        {"type": "heading", "value": "Mô hình câu lạc bộ Nam giới tiên phong"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Câu lạc bộ “Nam giới tiên phong phòng ngừa bạo lực với phụ nữ” "
                                "do Hội Liên hiệp Phụ nữ thành phố Đà Nẵng và UN Women triển khai "
                                "từ năm 2014. Đà Nẵng duy trì 16 câu lạc bộ với 550 thành viên, và "
                                "mô hình đã được nhân rộng ở TP. Hồ Chí Minh. Tài liệu dành cho "
                                "hướng dẫn viên sinh hoạt câu lạc bộ có tên <i>Thay đổi các chuẩn "
                                "mực nam tính, xây dựng các mối quan hệ tôn trọng và bình đẳng với "
                                "phụ nữ</i>.</p><p>Kế hoạch năm 2023 của chương trình xếp mô hình "
                                "nam giới tiên phong trong phòng ngừa và ứng phó với bạo lực trên "
                                "cơ sở giới vào nhóm mô hình thí điểm mới: khảo sát, chọn mô hình "
                                "phù hợp, triển khai theo hướng dẫn của cơ quan chủ trì. Kế hoạch "
                                "cũng chú trọng sự tham gia của người có uy tín, nam giới, trẻ em "
                                "trai, thanh niên.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Hai loại nhóm, hai mục đích"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Câu lạc bộ nam giới ở cộng đồng</b> hướng tới phòng "
                                "ngừa: nam giới cùng bàn về chuẩn mực nam tính, chia sẻ việc nhà, "
                                "nuôi dạy con, làm gương và lên tiếng khi thấy bạo "
                                "lực.</li><li><b>Nhóm hỗ trợ chuyển đổi hành vi</b> dành cho người "
                                "đã gây bạo lực: cần hướng dẫn viên được tập huấn, gắn với quản lý "
                                "ca và kế hoạch an toàn của người bị bạo lực.</li></ul><p>Đưa một "
                                "người đang gây bạo lực vào câu lạc bộ cộng đồng mà không đánh giá "
                                "nguy cơ có thể biến tư cách thành viên thành tấm bình phong: “Tôi "
                                "ở câu lạc bộ rồi, tôi đâu có bạo lực.”</p>"
                            ),
                        },
                        {"type": "heading", "value": "Tổ chức một buổi sinh hoạt"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Chọn giờ hợp với nhịp sống: tránh ngày ra khơi, mùa thu "
                                "hoạch; nơi sinh hoạt kín đáo, không có rượu bia.</li><li>Nhóm "
                                "nhỏ, khoảng 10–15 người, để ai cũng được nói.</li><li>Hai hướng "
                                "dẫn viên, nên có một nam giới có uy tín.</li><li>Xây dựng nội quy "
                                "ngay buổi đầu: giữ bí mật chuyện của nhau, tôn trọng, không khoe "
                                "khoang hay đùa cợt về bạo lực, không kể chuyện riêng của "
                                "vợ.</li><li>Hoạt động gợi ý: thảo luận “thế nào là đàn ông”, đóng "
                                "vai đổi vị trí vợ chồng, phân tích tình huống, luyện kỹ năng tạm "
                                "dừng và nói chuyện khi bất đồng, cam kết một hành động nhỏ mỗi "
                                "tuần.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Những rủi ro cần canh chừng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nhóm có thể trượt thành nơi than phiền về vợ và bao che lời "
                                "bào chữa cho nhau. Hướng dẫn viên cần nhẹ nhàng nhưng kiên quyết "
                                "đưa câu chuyện về hành vi và lựa chọn của mỗi người. Khi một "
                                "thành viên kể về bạo lực đang diễn ra, không xử lý trước cả nhóm: "
                                "nói chuyện riêng sau buổi, báo người giám sát và làm theo quy "
                                "trình bảo vệ người bị bạo lực.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước, trong và sau buổi sinh hoạt",
                                "items": [
                                    "Trước: có giáo án, nội quy, danh sách nơi chuyển tuyến.",
                                    (
                                        "Trước: thành viên nhóm chuyển đổi hành vi đã được đánh "
                                        "giá nguy cơ."
                                    ),
                                    "Trong: nhắc nội quy, giữ trọng tâm vào hành vi của chính mình.",
                                    (
                                        "Trong: không để tiếng cười đồng tình với chuyện bạo lực "
                                        "trôi qua."
                                    ),
                                    "Sau: ghi chép ngắn, không ghi tên vợ con thành viên.",
                                    "Sau: trao đổi với người giám sát về các dấu hiệu nguy cơ.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Nhóm nam giới hiệu quả khi các thành viên thách thức nhau "
                                    "thay đổi, không phải khi họ bao che cho nhau.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "An toàn của người bị bạo lực là trên hết: khi nào dừng và chuyển tuyến",
                    "slug": "an-toan-tren-het-khi-nao-dung-va-chuyen-tuyen",
                    "summary": (
                        "Phối hợp với người quản lý ca, nhận biết dấu hiệu nguy hiểm, tạm dừng "
                        "hoặc chấm dứt làm việc và chuyển tuyến."
                    ),
                    "body": [
                        {"type": "heading", "value": "Vì sao an toàn phải đặt lên trên"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Công việc này có thể vô tình tạo rủi ro: người bị bạo lực bị "
                                "ép quay về vì “anh ấy đang đi học rồi”; người gây bạo lực lấy "
                                "việc tham gia để chứng tỏ mình vô can; thông tin của người bị bạo "
                                "lực lọt đến tai người gây bạo lực. Theo nguyên tắc không gây hại, "
                                "mọi hoạt động phải trả lời câu hỏi: việc này làm người bị bạo lực "
                                "an toàn hơn hay nguy hiểm hơn?</p>"
                            ),
                        },
                        {"type": "heading", "value": "Phối hợp với người quản lý ca"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Người bị bạo lực được biết chương trình không bảo đảm "
                                "người kia sẽ thay đổi; họ không cần chờ kết quả để quyết "
                                "định.</li><li>Người làm việc với người gây bạo lực báo các dấu "
                                "hiệu nguy cơ cho người quản lý ca, theo quy trình đã nói trước "
                                "với người gây bạo lực.</li><li>Thông tin của người bị bạo lực chỉ "
                                "được chia sẻ khi họ đồng ý, và chỉ phần cần cho an "
                                "toàn.</li></ul>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Phần sau nhắc đến các hành vi bạo lực nghiêm trọng.",
                                "body": (
                                    "<p>Dấu hiệu cần dừng lại và hành động ngay:</p><ul><li>Đe dọa "
                                    "giết người bị bạo lực hoặc con cái; đe dọa tự tử.</li><li>Có "
                                    "hoặc nhắc đến hung khí; từng bóp cổ, đánh vào "
                                    "đầu.</li><li>Bạo lực tăng dần về mức độ, tần suất, nhất là "
                                    "khi người bị bạo lực rời đi hoặc đòi ly hôn.</li><li>Theo "
                                    "dõi, rình rập, tìm cách biết nơi tạm lánh.</li><li>Đe dọa "
                                    "giành con, ép quan hệ tình dục.</li><li>Vi phạm quyết định "
                                    "cấm tiếp xúc.</li><li>Đe dọa người hỗ trợ.</li></ul>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Khi nào tạm dừng hoặc chấm dứt"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Tạm dừng hoặc chấm dứt khi: có dấu hiệu nguy hiểm; người gây "
                                "bạo lực đến trong tình trạng say; dò hỏi về người bị bạo lực; "
                                "tiếp tục bạo lực và lấy việc tham gia để biện minh; hoặc có khủng "
                                "hoảng tâm thần cần y tế. Dừng không có nghĩa là buông: đó là lúc "
                                "chuyển sang hành động bảo vệ.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Chuyển tuyến và báo tin"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Nguy hiểm đang diễn ra: gọi <b>113</b>; cần cấp cứu: "
                                "<b>115</b>.</li><li>Báo ngay người quản lý ca để cập nhật kế "
                                "hoạch an toàn; người bị bạo lực có thể gọi tổng đài 24/7 <b>1900 "
                                "969 680</b> của Ngôi nhà Bình yên.</li><li>Cấm tiếp xúc do Chủ "
                                "tịch UBND cấp xã quyết định: đề nghị của cơ quan cần người bị bạo "
                                "lực đồng ý; đe dọa tính mạng thì không cần đề nghị.</li><li>Trẻ "
                                "em bị ảnh hưởng: Tổng đài quốc gia bảo vệ trẻ em "
                                "<b>111</b>.</li><li>Ghi chép sự việc và báo người giám "
                                "sát.</li></ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Tin nhắn lúc nửa đêm ở Ninh Sơn",
                                "situation": (
                                    "<p>Anh Q., 40 tuổi, ở xã Ninh Sơn, đang tham gia nhóm hỗ trợ "
                                    "chuyển đổi hành vi. Vợ anh vừa đưa hai con đến một nhà tạm "
                                    "lánh trong xã. Nửa đêm, anh nhắn cho hướng dẫn viên: “Anh "
                                    "biết chỗ cô ấy trốn không? Nói cho em, em chỉ muốn nói "
                                    "chuyện. Không về thì em làm cho ra lẽ.”</p>"
                                ),
                                "questions": [
                                    "Tin nhắn này có những dấu hiệu nguy hiểm nào?",
                                    "Bạn làm gì trong một giờ tới?",
                                    "Anh Q. có nên tiếp tục tham gia nhóm không?",
                                ],
                                "discussion": (
                                    "<p>Tìm nơi ở của người bị bạo lực sau khi họ rời đi, kèm lời "
                                    "đe dọa, là dấu hiệu nguy cơ cao. Không trả lời về nơi ở, "
                                    "không xác nhận gì, không tranh cãi qua tin nhắn. Lưu tin "
                                    "nhắn, báo ngay người giám sát và người quản lý ca để cảnh báo "
                                    "nơi tạm lánh; nếu anh Q. có vẻ đang tìm đến, gọi 113. Tạm "
                                    "dừng tham gia nhóm đến khi đánh giá lại nguy cơ; nếu quay "
                                    "lại, anh phải cam kết không tìm kiếm, không gây áp lực với "
                                    "vợ, và biết mọi đe dọa sẽ được báo.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Khi việc làm với người gây bạo lực mâu thuẫn với an toàn "
                                    "của người bị bạo lực, an toàn luôn được ưu tiên.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
