"""Track 3: Hỗ trợ khẩn cấp khi có bạo lực xảy ra (demo content, plain data)."""

TRACK = {
    "number": 3,
    "title": "Hỗ trợ khẩn cấp khi có bạo lực xảy ra",
    "slug": "ho-tro-khan-cap",
    "summary": (
        "Kiến thức và kỹ năng cho những giờ đầu sau khi bạo lực xảy ra: đánh giá nguy hiểm, "
        "gọi lực lượng khẩn cấp, áp dụng biện pháp ngăn chặn, bảo vệ, sơ cứu tâm lý và cùng "
        "người bị bạo lực lập kế hoạch an toàn."
    ),
    "audience": (
        "<p>Dành cho những người cung cấp dịch vụ thường là người gặp người bị bạo lực đầu tiên: "
        "<b>công an xã</b>, <b>nhân viên y tế</b>, <b>người làm công tác xã hội</b>, "
        "<b>cán bộ, công chức cấp xã</b> và <b>cộng tác viên mô hình địa chỉ tin cậy – nhà tạm "
        "lánh ở cộng đồng</b>.</p>"
        "<p>Nội dung bám theo nhiệm vụ tập huấn “hỗ trợ khẩn cấp khi có bạo lực xảy ra” cho người "
        "cung cấp dịch vụ trong Kế hoạch năm 2023 của tỉnh Ninh Thuận về phòng ngừa và ứng phó "
        "với bạo lực trên cơ sở giới (mục III.3).</p>"
    ),
    "objectives": [
        "Tiếp nhận tin báo, đánh giá nhanh nguy hiểm tức thời và gọi đúng lực lượng khẩn cấp (113, 115, 112, 111).",
        "Giải thích và phối hợp áp dụng các biện pháp ngăn chặn, bảo vệ theo Luật Phòng, chống bạo lực gia đình 2022, trong đó có cấm tiếp xúc.",
        "Bố trí nơi tạm lánh và đáp ứng nhu cầu thiết yếu một cách an toàn, kín đáo.",
        "Thực hành sơ cứu tâm lý theo bốn hành động Chuẩn bị – Quan sát – Lắng nghe – Kết nối.",
        "Cùng người bị bạo lực lập, rà soát và cập nhật kế hoạch an toàn, kể cả an toàn số.",
    ],
    "courses": [
        # ------------------------------------------------------------------
        {
            "title": "Ứng phó ban đầu khi có bạo lực",
            "slug": "ung-pho-ban-dau-khi-co-bao-luc",
            "summary": (
                "Những việc cần làm ngay khi nhận tin có bạo lực: đánh giá nguy hiểm, gọi 113 hoặc 115, "
                "áp dụng biện pháp ngăn chặn, cấm tiếp xúc và bố trí nơi tạm lánh."
            ),
            "description": (
                "<p>Khóa học giúp người cung cấp dịch vụ ở cấp xã xử lý đúng và nhanh trong những giờ "
                "đầu tiên. Học viên làm quen với các địa chỉ tiếp nhận tin báo theo Điều 19 Luật "
                "Phòng, chống bạo lực gia đình số 13/2022/QH15, các biện pháp ngăn chặn, bảo vệ, "
                "quy định về cấm tiếp xúc tại Điều 25 và cách bố trí nơi tạm lánh.</p>"
                "<p>Mỗi bài có tình huống, bảng kiểm hoặc thông điệp chính để giảng viên sử dụng "
                "trực tiếp trên lớp.</p>"
            ),
            "estimated_hours": "3.0",
            "objectives": [
                "Liệt kê được các nơi tiếp nhận tin báo, tố giác và các hình thức báo tin theo luật.",
                "Đặt được các câu hỏi đánh giá nguy hiểm tức thời và quyết định khi nào gọi 113, 115.",
                "Trình bày đúng điều kiện, thẩm quyền, thời hạn của quyết định cấm tiếp xúc do Chủ tịch UBND cấp xã ban hành.",
                "Tổ chức tiếp nhận người bị bạo lực tại nơi tạm lánh một cách an toàn và bảo mật.",
            ],
            "lessons": [
                {
                    "title": "Tiếp nhận tin báo và đánh giá nguy hiểm tức thời",
                    "slug": "tiep-nhan-tin-bao-danh-gia-nguy-hiem",
                    "summary": (
                        "Ai được nhận tin báo theo luật, năm câu hỏi đầu tiên cần làm rõ và khi nào "
                        "phải gọi ngay 113, 115."
                    ),
                    "body": [
                        {
                            "type": "heading",
                            "value": "Tin báo có thể đến với bất kỳ ai trong chúng ta",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, có hiệu lực từ "
                                "01/7/2023, quy định tại Điều 19 các địa chỉ tiếp nhận tin báo, tố giác "
                                "về bạo lực gia đình:</p>"
                                "<ul>"
                                "<li>Ủy ban nhân dân cấp xã;</li>"
                                "<li>Công an hoặc Đồn Biên phòng gần nhất (thiết thực ở xã ven biển);</li>"
                                "<li>cơ sở giáo dục nơi người bị bạo lực đang học;</li>"
                                "<li>Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận;</li>"
                                "<li>người đứng đầu tổ chức chính trị - xã hội cấp xã;</li>"
                                "<li>Tổng đài điện thoại quốc gia về phòng, chống bạo lực gia đình.</li>"
                                "</ul>"
                                "<p>Tin báo có thể qua điện thoại, tin nhắn, đơn, thư hoặc trực tiếp. "
                                "Đã nhận tin thì không để tin nằm yên: ghi lại, đánh giá nguy hiểm và "
                                "chuyển ngay cho Chủ tịch UBND xã và công an xã.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Năm câu hỏi đầu tiên"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Làm rõ năm điều này trước khi hỏi đến nguyên nhân, diễn biến:</p>"
                                "<ol>"
                                "<li><b>Người bị bạo lực đang ở đâu, lúc này có an toàn không?</b> "
                                "Nếu họ không nói tự do được, hỏi câu chỉ cần đáp “có” hoặc “không”.</li>"
                                "<li><b>Có ai bị thương, bất tỉnh, chảy máu nhiều hoặc khó thở không?</b></li>"
                                "<li><b>Người gây bạo lực còn ở đó không, có cầm hung khí hay đang "
                                "đe dọa không?</b></li>"
                                "<li><b>Có trẻ em, người cao tuổi, người khuyết tật hoặc phụ nữ mang "
                                "thai ở cùng không?</b></li>"
                                "<li><b>Liên lạc lại bằng cách nào cho an toàn?</b> Số nào, giờ nào, "
                                "có được nhắn tin không.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Phần dưới đây liệt kê các dấu hiệu bạo lực nghiêm trọng, có thể gây khó chịu khi đọc.",
                                "body": (
                                    "<p>Coi là <b>nguy hiểm cao</b>, huy động lực lượng ngay, khi có:</p>"
                                    "<ul>"
                                    "<li>dao, gậy, vật nhọn được dùng hoặc đe dọa dùng;</li>"
                                    "<li>người bị bạo lực từng bị bóp cổ, chẹn cổ, đánh vào đầu;</li>"
                                    "<li>có lời đe dọa giết người bị bạo lực, con cái, hoặc đe dọa tự sát;</li>"
                                    "<li>bạo lực tình dục vừa xảy ra;</li>"
                                    "<li>người bị bạo lực đang bị nhốt trong nhà;</li>"
                                    "<li>bạo lực ngày càng dày, càng nặng.</li>"
                                    "</ul>"
                                    "<p>Nỗi sợ của chính người bị bạo lực là thông tin đánh giá quan trọng.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Khi nào gọi 113, 115, 112, 111"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>113 – Công an:</b> bạo lực đang diễn ra, có hung khí, đe dọa "
                                "tính mạng.</li>"
                                "<li><b>115 – Cấp cứu:</b> thương tích nặng, bất tỉnh, khó thở, chảy máu "
                                "nhiều, nghi ngộ độc hoặc tự gây thương tích.</li>"
                                "<li><b>112 – Tìm kiếm cứu nạn:</b> người bị mắc kẹt, gặp nạn.</li>"
                                "<li><b>111 – Tổng đài quốc gia bảo vệ trẻ em:</b> miễn phí, 24/7, khi "
                                "trẻ em bị bạo lực hoặc phải chứng kiến bạo lực.</li>"
                                "</ul>"
                                "<p>Gọi số khẩn cấp và báo Chủ tịch UBND xã là hai việc làm song song. "
                                "Người tiếp nhận không tự xông vào nơi đang có hung khí: việc đó dành "
                                "cho công an.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "An toàn trước tiên",
                                "text": (
                                    "<p>Ưu tiên số một là an toàn của người bị bạo lực, trẻ em và chính "
                                    "người hỗ trợ. Hỏi ngắn, quyết định nhanh, gọi đúng lực lượng; chi tiết "
                                    "câu chuyện tìm hiểu sau.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Ghi chép khi tiếp nhận tin báo",
                                "items": [
                                    "Thời điểm, hình thức nhận tin.",
                                    "Người báo tin; có đề nghị giữ bí mật danh tính không.",
                                    "Người bị bạo lực đang ở đâu; thương tích, dấu hiệu nguy hiểm cao.",
                                    "Người gây bạo lực còn ở hiện trường không; trẻ em có mặt không.",
                                    "Giờ đã gọi 113, 115; giờ đã báo Chủ tịch UBND xã, công an xã.",
                                    "Cách liên lạc lại an toàn.",
                                    "Người ghi chép; sổ cất nơi có khóa.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Biện pháp ngăn chặn, bảo vệ và quyết định cấm tiếp xúc",
                    "slug": "bien-phap-ngan-chan-bao-ve-cam-tiep-xuc",
                    "summary": (
                        "Các biện pháp ngăn chặn, bảo vệ theo Luật 2022 và quy trình cấm tiếp xúc do "
                        "Chủ tịch UBND cấp xã quyết định: mỗi lần không quá 03 ngày, xem xét trong 12 giờ."
                    ),
                    "body": [
                        {"type": "heading", "value": "Các biện pháp luật đã trao cho chúng ta"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Phòng, chống bạo lực gia đình 2022 quy định các biện pháp "
                                "ngăn chặn, bảo vệ, có thể nhớ theo bốn nhóm:</p>"
                                "<ul>"
                                "<li><b>Ngăn chặn ngay:</b> buộc chấm dứt hành vi; yêu cầu người gây "
                                "bạo lực đến trụ sở Công an xã; cấm tiếp xúc.</li>"
                                "<li><b>Bảo vệ người bị bạo lực:</b> nơi tạm lánh và nhu cầu thiết yếu; "
                                "chăm sóc, điều trị; trợ giúp pháp lý, tư vấn tâm lý.</li>"
                                "<li><b>Với người gây bạo lực:</b> giáo dục, hỗ trợ chuyển đổi hành vi; "
                                "góp ý, phê bình trong cộng đồng; công việc phục vụ cộng đồng.</li>"
                                "<li><b>Xử lý theo pháp luật:</b> xử lý vi phạm hành chính; tố tụng "
                                "hình sự.</li>"
                                "</ul>"
                                "<p>Khi ghi số điều của từng biện pháp, hãy đối chiếu luật gốc.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Cấm tiếp xúc do Chủ tịch UBND cấp xã quyết định",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><i>Cấm tiếp xúc</i>: cấm người gây bạo lực đến gần người bị bạo lực "
                                "hoặc dùng phương tiện, công cụ để thực hiện bạo lực. Theo Điều 25:</p>"
                                "<ul>"
                                "<li><b>Thẩm quyền:</b> Chủ tịch UBND cấp xã.</li>"
                                "<li><b>Căn cứ:</b> đề nghị của người bị bạo lực hoặc người đại diện; "
                                "đề nghị của cơ quan, tổ chức phải được người bị bạo lực đồng ý; không "
                                "cần đề nghị khi hành vi đe dọa tính mạng.</li>"
                                "<li><b>Thời hạn:</b> mỗi lần không quá 03 ngày.</li>"
                                "<li><b>Tốc độ:</b> xem xét trong vòng 12 giờ; quyết định có hiệu lực "
                                "ngay khi ký.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "12 giờ là giới hạn, không phải thời gian chờ",
                                "text": (
                                    "<p>Giải thích rõ cấm tiếp xúc là gì, kéo dài bao lâu, ai theo dõi, "
                                    "rồi để người bị bạo lực tự quyết. Khi tính mạng bị đe dọa, không chờ "
                                    "đề nghị.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Phân vai trong xã trước khi có vụ việc"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Gợi ý:</p>"
                                "<ul>"
                                "<li><b>Công an xã:</b> có mặt tại hiện trường, buộc chấm dứt hành vi.</li>"
                                "<li><b>Công chức được giao:</b> giúp làm đề nghị, trình Chủ tịch UBND "
                                "xã, gửi quyết định cho các bên.</li>"
                                "<li><b>Hội Phụ nữ, cộng tác viên địa chỉ tin cậy:</b> ở bên người bị "
                                "bạo lực, đưa đến nơi tạm lánh nếu cần.</li>"
                                "<li><b>Trưởng thôn:</b> báo ngay khi quyết định bị vi phạm.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Tình huống sau có lời kể về đe dọa và bạo lực trong gia đình.",
                                "body": (
                                    "<p>Chị L. kể qua điện thoại, giọng run: “Anh ấy say rượu, đập vỡ chén "
                                    "bát, túm tóc tôi kéo ra sân, cầm dao nói sẽ giết cả nhà nếu tôi đi "
                                    "báo. Tôi bế hai đứa nhỏ chạy sang hàng xóm. Tay tôi chảy máu.”</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cuộc gọi lúc 21 giờ ở xã Phước Hữu",
                                "situation": (
                                    "<p>Chị L., 32 tuổi, ở xã Phước Hữu (Ninh Thuận), gọi cho trưởng thôn "
                                    "từ nhà hàng xóm (xem lời kể ở trên). Chị nói: “Tôi không muốn anh ấy "
                                    "bị bắt, chỉ mong anh ấy tránh xa mẹ con tôi vài ngày.” Chồng chị vẫn "
                                    "ở nhà, cách đó khoảng trăm mét.</p>"
                                ),
                                "questions": [
                                    "Trong 30 phút đầu, trưởng thôn cần gọi những ai?",
                                    "Có cần chờ chị L. làm đề nghị rồi mới quyết định cấm tiếp xúc không?",
                                    "Giải thích thế nào để chị L. hiểu các lựa chọn mà không thấy bị ép?",
                                    "Sau 03 ngày, ai theo dõi an toàn cho ba mẹ con?",
                                ],
                                "discussion": (
                                    "<p>Có dao và lời dọa giết: tính mạng đang bị đe dọa. Trưởng thôn gọi "
                                    "<b>113</b> hoặc công an xã và báo Chủ tịch UBND xã ngay; vết thương "
                                    "cần nhân viên y tế xem. Chủ tịch UBND xã có thể quyết định cấm tiếp "
                                    "xúc mà không chờ đề nghị. Mong muốn của chị cần được lắng nghe, nhưng "
                                    "xử lý hành vi dùng hung khí là trách nhiệm của công an. Trong 03 ngày, "
                                    "cùng chị lập kế hoạch an toàn cho giai đoạn sau đó.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Nơi tạm lánh, chăm sóc y tế và nhu cầu thiết yếu",
                    "slug": "noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu",
                    "summary": (
                        "Bố trí nơi tạm lánh an toàn, kín đáo; kết nối chăm sóc y tế và đáp ứng nhu "
                        "cầu thiết yếu cho người bị bạo lực và con của họ."
                    ),
                    "body": [
                        {"type": "heading", "value": "Nơi tạm lánh là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Phòng, chống bạo lực gia đình 2022 định nghĩa <i>nơi tạm lánh</i> "
                                "là địa điểm bảo đảm an toàn cho người bị bạo lực gia đình. “Bố trí nơi "
                                "tạm lánh và hỗ trợ nhu cầu thiết yếu” là một trong các biện pháp bảo vệ. "
                                "Điều quan trọng không phải là tòa nhà đẹp, mà là <b>người gây bạo lực "
                                "không biết và không vào được</b>.</p>"
                                "<p>Kế hoạch năm 2023 của tỉnh Ninh Thuận yêu cầu duy trì, nhân rộng "
                                "<b>mô hình địa chỉ tin cậy – nhà tạm lánh ở cộng đồng</b>. Theo cách "
                                "hiểu từ Luật 2007, địa chỉ tin cậy là cá nhân, tổ chức có uy tín, tự "
                                "nguyện giúp người bị bạo lực tại cộng đồng, do UBND xã thành lập, quản "
                                "lý: tiếp nhận, bảo đảm an toàn, giữ bí mật, chăm sóc, tư vấn, cho tạm "
                                "lánh.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Giữ bí mật địa điểm"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li>Chỉ những người trực tiếp hỗ trợ được biết người bị bạo lực đang ở đâu.</li>"
                                "<li>Không xác nhận với bất kỳ ai gọi đến hỏi thăm, kể cả người xưng là "
                                "họ hàng; ghi lại cuộc gọi và báo công an xã.</li>"
                                "<li>Khi di chuyển, có người đi cùng.</li>"
                                "<li>Nhắc người bị bạo lực tạm tắt chia sẻ vị trí trên điện thoại và "
                                "không đăng bài lên mạng xã hội.</li>"
                                "<li>Nếu người gây bạo lực tìm đến, gọi <b>113</b> ngay, không tự giải quyết.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Bí mật địa điểm là một phần của an toàn",
                                "text": (
                                    "<p>Một câu nói vô tình ở chợ, trong nhóm Zalo của thôn hay khi trả lời "
                                    "người hỏi thăm có thể làm mất tác dụng của cả nơi tạm lánh. Mỗi người "
                                    "biết chuyện đều phải giữ kín.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Chăm sóc y tế và nhu cầu thiết yếu"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch của tỉnh giao Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh "
                                "về việc tiếp nhận, chăm sóc y tế cho người bệnh là nạn nhân bạo lực. "
                                "Trên thực tế, người hỗ trợ ở xã cần:</p>"
                                "<ol>"
                                "<li>Đưa hoặc hẹn người bị bạo lực đến trạm y tế, bệnh viện; gọi "
                                "<b>115</b> khi thương tích nặng.</li>"
                                "<li>Đề nghị nhân viên y tế ghi nhận thương tích theo chuyên môn, vì hồ "
                                "sơ này có thể cần cho các bước pháp lý sau này, nếu người bị bạo lực "
                                "lựa chọn.</li>"
                                "<li>Hỏi về nhu cầu trước mắt: nước uống, bữa ăn, quần áo, đồ vệ sinh, "
                                "sữa và tã cho trẻ nhỏ, thuốc đang dùng, điện thoại để liên lạc.</li>"
                                "<li>Nếu có trẻ em, bảo đảm trẻ ở cùng người chăm sóc an toàn; khi cần "
                                "tư vấn về trẻ, gọi <b>111</b>.</li>"
                                "<li>Khi cần tư vấn thêm về bạo lực trên cơ sở giới, có thể kết nối với "
                                "tổng đài 24/7 của Ngôi nhà Bình yên, Hội LHPN Việt Nam: "
                                "<b>1900 969 680</b>.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Tiếp nhận một người đến nơi tạm lánh",
                                "items": [
                                    "Đã kiểm tra thương tích và nhu cầu cấp cứu.",
                                    "Đã giải thích nội quy, thời gian được ở và quyền rời đi bất cứ lúc nào.",
                                    "Đã hỏi và ghi nhận sự đồng ý trước khi báo cho cơ quan, tổ chức khác.",
                                    "Đã có chỗ ngủ riêng và đồ dùng thiết yếu cho người bị bạo lực và con.",
                                    "Đã thống nhất ai được biết địa điểm; nhắc tắt chia sẻ vị trí.",
                                    "Đã lưu sẵn số 113, 115, 111 và số của người phụ trách trực.",
                                    "Đã hẹn thời gian cùng lập kế hoạch an toàn và kết nối dịch vụ tiếp theo.",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Sơ cứu tâm lý và kế hoạch an toàn",
            "slug": "so-cuu-tam-ly-va-ke-hoach-an-toan",
            "summary": (
                "Hỗ trợ tinh thần ban đầu theo bốn hành động Chuẩn bị – Quan sát – Lắng nghe – Kết nối "
                "và cùng người bị bạo lực xây dựng, cập nhật kế hoạch an toàn, kể cả an toàn số."
            ),
            "description": (
                "<p>Sau khi nguy hiểm trước mắt đã qua, người bị bạo lực cần được đối xử tử tế, được "
                "lắng nghe và có một kế hoạch để tự bảo vệ mình. Khóa học dựa trên tài liệu "
                "<i>Psychological first aid: Guide for field workers</i> (WHO, War Trauma Foundation, "
                "World Vision, 2011) và các thành phần cơ bản của kế hoạch an toàn.</p>"
                "<p>Nội dung phù hợp cho cả người không chuyên về tâm lý: cán bộ xã, công an, nhân viên "
                "y tế và cộng tác viên.</p>"
            ),
            "estimated_hours": "2.5",
            "objectives": [
                "Thực hiện được sơ cứu tâm lý theo bốn hành động Chuẩn bị – Quan sát – Lắng nghe – Kết nối.",
                "Tránh được những câu nói, việc làm gây tổn thương thêm cho người bị bạo lực.",
                "Cùng người bị bạo lực lập kế hoạch an toàn gồm phòng an toàn, tín hiệu, lối thoát, túi khẩn cấp.",
                "Hướng dẫn được các biện pháp an toàn số cơ bản và biết khi nào phải cập nhật kế hoạch.",
            ],
            "lessons": [
                {
                    "title": "Sơ cứu tâm lý: Chuẩn bị – Quan sát – Lắng nghe – Kết nối",
                    "slug": "so-cuu-tam-ly-bon-hanh-dong",
                    "summary": (
                        "Bốn hành động của sơ cứu tâm lý áp dụng khi gặp người vừa trải qua bạo lực, "
                        "cùng những câu nên nói và không nên nói."
                    ),
                    "body": [
                        {"type": "heading", "value": "Sơ cứu tâm lý là gì, không phải là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Sơ cứu tâm lý là cách hỗ trợ nhân văn, thiết thực dành cho người vừa "
                                "trải qua sự kiện đau buồn. Tài liệu hướng dẫn của WHO, War Trauma "
                                "Foundation và World Vision (2011) tóm gọn thành bốn hành động: "
                                "<b>Chuẩn bị – Quan sát – Lắng nghe – Kết nối</b>.</p>"
                                "<p>Sơ cứu tâm lý <b>không phải</b> là trị liệu, không phải buổi lấy lời "
                                "khai, cũng không phải dịp khuyên bảo “nhịn cho êm nhà”. Người hỗ trợ "
                                "không cần là chuyên gia, nhưng cần biết giới hạn của mình và biết chuyển "
                                "đến đúng nơi.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bốn hành động"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>1. Chuẩn bị</h3>"
                                "<p>Tìm hiểu sơ bộ chuyện gì đã xảy ra; nắm danh sách dịch vụ và số điện "
                                "thoại (113, 115, 111, 1900 969 680, đầu mối ở xã); chọn chỗ nói chuyện "
                                "riêng, không có người gây bạo lực hay người tò mò. Nếu người bị bạo lực "
                                "quen dùng tiếng dân tộc, tìm người phiên dịch họ tin tưởng.</p>"
                                "<h3>2. Quan sát</h3>"
                                "<p>Nhìn xem họ có an toàn không, có thương tích, có con nhỏ đi cùng, có "
                                "đói, lạnh, khát không. Để ý những phản ứng căng thẳng nặng: run rẩy, "
                                "khóc không dừng, ngồi lặng không trả lời, nói lộn xộn. Những người này "
                                "cần được ưu tiên và có thể cần chuyển đến y tế.</p>"
                                "<h3>3. Lắng nghe</h3>"
                                "<p>Giới thiệu bản thân và vai trò của mình. Hỏi họ cần gì trước nhất. "
                                "Lắng nghe, không ép kể chi tiết, không phán xét. Nếu họ quá hoảng loạn, "
                                "giúp họ bình tĩnh: mời ngồi, mời nước, cùng thở chậm, nhắc họ rằng lúc "
                                "này họ đang ở nơi an toàn.</p>"
                                "<h3>4. Kết nối</h3>"
                                "<p>Giúp họ giải quyết nhu cầu cơ bản, tiếp cận dịch vụ y tế, pháp lý, "
                                "tạm lánh; cung cấp thông tin rõ ràng; kết nối với người thân mà họ tin "
                                "tưởng. Mọi việc chia sẻ thông tin đều cần sự đồng ý của họ.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Không hỏi “Sao chị không bỏ đi?”",
                                "text": (
                                    "<p>Câu hỏi này khiến người bị bạo lực nghĩ rằng lỗi là của mình. Lỗi "
                                    "thuộc về người gây bạo lực. Hãy thay bằng: “Điều gì sẽ giúp chị thấy an "
                                    "toàn hơn lúc này?”</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Nên nói và không nên nói"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Nên nói:</b></p>"
                                "<ul>"
                                "<li>“Cảm ơn chị đã kể cho tôi nghe.”</li>"
                                "<li>“Chuyện này không phải lỗi của chị.”</li>"
                                "<li>“Chị muốn làm gì tiếp theo? Tôi sẽ nói rõ từng lựa chọn.”</li>"
                                "<li>“Những gì chị nói, tôi chỉ chia sẻ khi chị đồng ý, trừ khi tính mạng "
                                "ai đó đang bị đe dọa.”</li>"
                                "</ul>"
                                "<p><b>Không nên nói:</b></p>"
                                "<ul>"
                                "<li>“Chắc chị cũng có lỗi gì đó.”</li>"
                                "<li>“Thôi, vì con mà nhịn đi.”</li>"
                                "<li>“Tôi hiểu hết cảm giác của chị.”</li>"
                                "<li>Hứa những điều không chắc làm được, như “Anh ấy sẽ không bao giờ "
                                "làm vậy nữa”.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Chăm sóc bản thân người hỗ trợ:</b> nghe những câu chuyện bạo lực "
                                "có thể để lại mệt mỏi, mất ngủ. Hãy chia sẻ với người giám sát hoặc đồng "
                                "nghiệp (không nêu danh tính người bị bạo lực) và nghỉ ngơi hợp lý.</p>"
                            ),
                        },
                    ],
                },
                {
                    "title": "Cùng người bị bạo lực lập kế hoạch an toàn",
                    "slug": "lap-ke-hoach-an-toan",
                    "summary": (
                        "Các thành phần của kế hoạch an toàn: phòng an toàn, tín hiệu và mật khẩu, lối "
                        "thoát, nơi đến, túi khẩn cấp và bản sao quyết định bảo vệ."
                    ),
                    "body": [
                        {"type": "heading", "value": "Kế hoạch của họ, không phải của chúng ta"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch an toàn là những việc cụ thể người bị bạo lực sẽ làm để giảm "
                                "nguy hiểm cho bản thân và con cái, dù họ quyết định ở lại, tạm lánh hay "
                                "rời đi hẳn. Theo cách tiếp cận <b>lấy người bị bạo lực làm trung tâm</b>, "
                                "người hỗ trợ đặt câu hỏi và gợi ý; người bị bạo lực là người quyết định. "
                                "Kế hoạch bị áp đặt thường không được làm theo khi nguy hiểm đến.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Sáu thành phần cơ bản"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol>"
                                "<li><b>Phòng an toàn:</b> khi thấy căng thẳng tăng lên, đi đến phòng có "
                                "lối ra ngoài, tránh bếp và những chỗ có dao, vật cứng hoặc không có "
                                "đường thoát.</li>"
                                "<li><b>Tín hiệu, mật khẩu:</b> thống nhất với hàng xóm tin cậy hoặc người "
                                "thân một câu nói, tin nhắn hay dấu hiệu (ví dụ bật đèn hiên ban ngày) có "
                                "nghĩa là “hãy gọi 113 giúp tôi”. Trẻ lớn cũng có thể được dạy một mật "
                                "khẩu riêng để chạy sang nhà hàng xóm.</li>"
                                "<li><b>Lối thoát và nơi đến:</b> đường ra nhanh nhất; nơi sẽ đến (nhà "
                                "người thân, địa chỉ tin cậy, công an xã); cách đi ban đêm.</li>"
                                "<li><b>Túi khẩn cấp:</b> giấy tờ tùy thân của mình và của con, chìa khóa "
                                "dự phòng, thuốc đang dùng, một ít tiền, danh sách số điện thoại viết "
                                "tay. Gửi túi ở nhà người tin cậy nếu để ở nhà không an toàn.</li>"
                                "<li><b>Bản sao quyết định bảo vệ:</b> nếu có quyết định cấm tiếp xúc, "
                                "mang theo bản sao để xuất trình khi cần.</li>"
                                "<li><b>An toàn số và cập nhật:</b> xem bài tiếp theo.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Dạy trẻ ba điều",
                                "text": (
                                    "<p>Khi người lớn đánh nhau, con không lao vào can; con đến chỗ an toàn "
                                    "đã hẹn; con biết gọi 113 và 111. Tập với trẻ như một trò chơi, không "
                                    "làm trẻ sợ hãi.</p>"
                                ),
                            },
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Tình huống sau có mô tả bạo lực thể chất và kinh tế trong gia đình.",
                                "body": (
                                    "<p>Chị M. kể: mỗi lần đi biển về, chồng chị uống rượu nhiều ngày, giữ "
                                    "hết tiền bán cá, kiểm tra điện thoại của chị. Lần gần nhất anh đẩy chị "
                                    "ngã vào cạnh bàn, rách trán phải khâu. Con trai 9 tuổi đứng nhìn, khóc.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Chị M. ở xã Cà Ná muốn ở lại",
                                "situation": (
                                    "<p>Chị M., 38 tuổi, nhà ở xã Cà Ná (Ninh Thuận), có hai con đang học "
                                    "tiểu học. Sau lần bị chồng đẩy ngã (xem lời kể ở trên), chị tìm đến "
                                    "cộng tác viên địa chỉ tin cậy của thôn. Chị nói không thể bỏ nhà đi vì "
                                    "không có tiền và các con đang đi học, nhưng rất sợ lần chồng đi biển về "
                                    "tới.</p>"
                                ),
                                "questions": [
                                    "Nên mở đầu cuộc trò chuyện thế nào để chị M. không thấy bị thúc ép rời nhà?",
                                    "Những thành phần nào của kế hoạch an toàn phù hợp nhất khi chị chọn ở lại?",
                                    "Chị có thể cất túi khẩn cấp và giấy tờ ở đâu khi chồng thường kiểm tra đồ đạc?",
                                    "Cần kết nối chị với những dịch vụ nào, và phải hỏi ý kiến chị ra sao?",
                                ],
                                "discussion": (
                                    "<p>Ở lại là lựa chọn của chị M. và cần được tôn trọng. Kế hoạch bám vào "
                                    "thời điểm nguy hiểm đã biết: những ngày chồng đi biển về. Thống nhất "
                                    "tín hiệu với một hàng xóm, chọn phòng có cửa ra sân, dạy con mật khẩu, "
                                    "gửi túi khẩn cấp ở nhà người tin cậy. Vết thương ở trán cho thấy nguy "
                                    "hiểm thật: nói rõ về cấm tiếp xúc, nơi tạm lánh, trợ giúp pháp lý để "
                                    "chị biết lựa chọn. Kiểm soát tiền bạc cũng là bạo lực gia đình (về "
                                    "kinh tế).</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "An toàn số và cập nhật kế hoạch an toàn",
                    "slug": "an-toan-so-va-cap-nhat-ke-hoach",
                    "summary": (
                        "Bảo vệ điện thoại, tài khoản mạng xã hội và vị trí của người bị bạo lực; khi nào "
                        "và cách nào cập nhật kế hoạch an toàn."
                    ),
                    "body": [
                        {"type": "heading", "value": "Vì sao an toàn số quan trọng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Điện thoại vừa là cứu cánh vừa có thể là công cụ để người gây bạo lực "
                                "theo dõi, kiểm soát. Chủ đề Tháng hành động vì bình đẳng giới năm 2025 "
                                "là “Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên "
                                "số”. Luật Phòng, chống bạo lực gia đình 2022 cũng coi việc tiết lộ, phát "
                                "tán thông tin đời tư nhằm xúc phạm là hành vi bạo lực gia đình.</p>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Đoạn sau nói về đe dọa phát tán hình ảnh riêng tư.",
                                "body": (
                                    "<p>Một số người gây bạo lực đe dọa đăng ảnh, video riêng tư lên mạng "
                                    "hoặc gửi cho gia đình, đồng nghiệp của người bị bạo lực để buộc họ quay "
                                    "về hoặc rút đơn. Khi gặp trường hợp này: giữ bình tĩnh, không xóa tin "
                                    "nhắn đe dọa, chụp màn hình lưu ở nơi an toàn và báo công an. Hãy nói rõ "
                                    "với người bị bạo lực: người sai là kẻ đe dọa, không phải họ.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Hướng dẫn an toàn số cơ bản"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Vị trí:</b> kiểm tra và tắt chia sẻ vị trí trên điện thoại, Zalo, "
                                "Facebook, Google Maps; cẩn thận với ảnh đăng lên mạng cho thấy nơi ở.</li>"
                                "<li><b>Mật khẩu:</b> đổi mật khẩu điện thoại và các tài khoản; không dùng "
                                "ngày sinh hay tên con; đăng xuất khỏi các máy khác.</li>"
                                "<li><b>Danh bạ và lịch sử:</b> lưu số người hỗ trợ dưới tên trung tính; "
                                "xóa lịch sử cuộc gọi nếu bị kiểm tra, nhưng không xóa bằng chứng đe dọa "
                                "khi chưa sao lưu.</li>"
                                "<li><b>Điện thoại dự phòng:</b> nếu có thể, dùng một máy khác người gây "
                                "bạo lực không biết để gọi nơi hỗ trợ.</li>"
                                "<li><b>Thiết bị dùng chung:</b> nhớ rằng máy tính, máy tính bảng trong "
                                "nhà cũng có thể lưu lịch sử.</li>"
                                "</ul>"
                                "<p>Về phía người hỗ trợ: trước khi gọi lại hay nhắn tin, phải hỏi cách "
                                "liên lạc nào an toàn; không thêm người bị bạo lực vào nhóm chat; không "
                                "để thông tin của họ trong nhóm Zalo của cơ quan.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Kế hoạch an toàn là tài liệu sống",
                                "text": (
                                    "<p>Nguy hiểm thay đổi theo hoàn cảnh. Một kế hoạch tốt tháng trước có "
                                    "thể không còn phù hợp hôm nay. Hãy hẹn lịch xem lại ngay từ lần đầu.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Khi nào cần cập nhật"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li>Khi quyết định cấm tiếp xúc (tối đa 03 ngày mỗi lần) sắp hết hạn.</li>"
                                "<li>Khi người bị bạo lực chuyển chỗ ở, đổi việc, đổi số điện thoại.</li>"
                                "<li>Khi bắt đầu thủ tục ly hôn, tranh chấp nuôi con hoặc tài sản.</li>"
                                "<li>Khi người gây bạo lực trở về sau thời gian đi làm xa, đi biển dài ngày.</li>"
                                "<li>Khi con chuyển trường hoặc có người mới đưa đón.</li>"
                                "<li>Sau mỗi lần có sự cố mới, dù nhỏ.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Rà soát kế hoạch an toàn cùng người bị bạo lực",
                                "items": [
                                    "Phòng an toàn và lối thoát còn phù hợp không?",
                                    "Tín hiệu, mật khẩu với hàng xóm và với con còn được nhớ không?",
                                    "Túi khẩn cấp còn đủ giấy tờ, thuốc, tiền, số điện thoại không?",
                                    "Bản sao quyết định bảo vệ (nếu có) còn hiệu lực, có mang theo không?",
                                    "Chia sẻ vị trí đã tắt; mật khẩu đã đổi; đã đăng xuất khỏi máy lạ.",
                                    "Cách liên lạc an toàn giữa người hỗ trợ và người bị bạo lực vẫn dùng được.",
                                    "Có thay đổi nào về chỗ ở, công việc, thủ tục pháp lý, con cái không?",
                                    "Đã hẹn lần rà soát tiếp theo.",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
