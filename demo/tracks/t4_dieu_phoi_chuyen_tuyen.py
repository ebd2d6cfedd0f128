"""Track 4: Điều phối, kết nối dịch vụ và chuyển tuyến (demo content, plain data)."""

TRACK = {
    "number": 4,
    "title": "Điều phối, kết nối dịch vụ và chuyển tuyến",
    "slug": "dieu-phoi-chuyen-tuyen",
    "summary": (
        "Cách các ngành y tế, công an, tư pháp, xã hội và chính quyền phối hợp để người bị bạo lực "
        "nhận đủ dịch vụ, và cách chuyển tuyến an toàn, bảo mật, có theo dõi."
    ),
    "audience": (
        "<p>Dành cho người cung cấp dịch vụ và cán bộ điều phối: <b>công chức cấp xã</b>, "
        "<b>công an</b>, <b>nhân viên y tế</b>, <b>người làm công tác xã hội</b>, <b>cán bộ Hội Liên "
        "hiệp Phụ nữ</b>, <b>cán bộ trợ giúp pháp lý</b> và <b>cộng tác viên địa chỉ tin cậy</b>.</p>"
        "<p>Nội dung đáp ứng nhiệm vụ tập huấn “điều phối, kết nối dịch vụ và chuyển tuyến” cho người "
        "cung cấp dịch vụ trong Kế hoạch năm 2023 của tỉnh Ninh Thuận về phòng ngừa và ứng phó với bạo "
        "lực trên cơ sở giới (mục III.3).</p>"
    ),
    "objectives": [
        "Mô tả bốn nhóm dịch vụ của Gói dịch vụ thiết yếu và các yêu cầu chung về chất lượng.",
        "Xác định vai trò của từng cơ quan, tổ chức ở cấp tỉnh và cấp xã trong ứng phó với bạo lực trên cơ sở giới.",
        "Lấy sự đồng ý có hiểu biết và bảo mật thông tin khi chuyển tuyến.",
        "Lập bản đồ dịch vụ, sử dụng phiếu chuyển tuyến và theo dõi sau chuyển tuyến.",
        "Hiểu mô hình một cửa Ngôi nhà Ánh Dương và vận dụng tinh thần “một đầu mối” tại địa phương.",
    ],
    "courses": [
        # ------------------------------------------------------------------
        {
            "title": "Gói dịch vụ thiết yếu và phân công trách nhiệm",
            "slug": "goi-dich-vu-thiet-yeu-va-phan-cong",
            "summary": (
                "Bốn nhóm dịch vụ thiết yếu cho người bị bạo lực và ai làm gì ở cấp tỉnh, cấp huyện "
                "(trước 01/7/2025) và cấp xã."
            ),
            "description": (
                "<p>Không ngành nào một mình đáp ứng được mọi nhu cầu của người bị bạo lực. Khóa học giới "
                "thiệu Gói dịch vụ thiết yếu của Liên Hợp Quốc (2015), phân công trách nhiệm theo Kế "
                "hoạch năm 2023 của tỉnh và cách phối hợp thực tế ở cấp xã.</p>"
                "<p>Khóa học cũng lưu ý những thay đổi về tổ chức chính quyền địa phương từ 01/7/2025 để "
                "học viên cập nhật đầu mối phối hợp.</p>"
            ),
            "estimated_hours": "2.5",
            "objectives": [
                "Kể tên năm học phần của Gói dịch vụ thiết yếu và năm đặc điểm chung của dịch vụ.",
                "Nêu nhiệm vụ của Sở LĐTBXH, Công an, Sở Y tế, Sở Tư pháp, Hội LHPN và UBND các cấp theo kế hoạch của tỉnh.",
                "Xây dựng được danh bạ và cách phối hợp giữa các bên ở cấp xã.",
            ],
            "lessons": [
                {
                    "title": "Gói dịch vụ thiết yếu: bốn nhóm dịch vụ và yêu cầu chung",
                    "slug": "goi-dich-vu-thiet-yeu-bon-nhom-dich-vu",
                    "summary": (
                        "Y tế; tư pháp và công an; dịch vụ xã hội; điều phối và quản trị điều phối: "
                        "mỗi nhóm gồm những gì và đạt chất lượng ra sao."
                    ),
                    "body": [
                        {"type": "heading", "value": "Gói dịch vụ thiết yếu là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Năm 2015, năm tổ chức Liên Hợp Quốc (UN Women, UNFPA, WHO, UNDP, "
                                "UNODC) xây dựng <b>Gói dịch vụ thiết yếu</b> cho phụ nữ và trẻ em gái bị "
                                "bạo lực. Gói gồm năm học phần: (1) tổng quan; (2) y tế; (3) tư pháp và "
                                "công an; (4) dịch vụ xã hội; (5) điều phối và quản trị điều phối.</p>"
                                "<p>Tại Việt Nam, gói được giới thiệu ngày 22/11/2017; các ngành tham "
                                "gia gồm Lao động – Thương binh và Xã hội, Y tế, Tư pháp, Công an, Tòa án "
                                "nhân dân tối cao và Viện Kiểm sát nhân dân tối cao. Tài liệu tiếng Việt "
                                "còn gọi nhóm thứ hai là “dịch vụ Tư pháp và Hành pháp”.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Bốn nhóm dịch vụ nhìn từ một xã ở Ninh Thuận",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Y tế</h3>"
                                "<p>Cấp cứu (115), khám và điều trị thương tích, chăm sóc khi có bạo lực "
                                "tình dục, ghi nhận thương tích theo chuyên môn; từ trạm y tế xã đến "
                                "bệnh viện.</p>"
                                "<h3>Tư pháp và công an</h3>"
                                "<p>Tiếp nhận tin báo, can thiệp, bảo vệ (113, công an xã, Đồn Biên "
                                "phòng ở vùng biển); biện pháp ngăn chặn như cấm tiếp xúc; trợ giúp pháp "
                                "lý; xử lý vi phạm hành chính và hình sự.</p>"
                                "<h3>Dịch vụ xã hội</h3>"
                                "<p>Tư vấn tâm lý, nơi tạm lánh, đường dây nóng (111 cho trẻ em; "
                                "1900 969 680 của Ngôi nhà Bình yên), hỗ trợ nhu cầu thiết yếu, hỗ trợ "
                                "sinh kế để người bị bạo lực tự chủ tài chính.</p>"
                                "<h3>Điều phối và quản trị điều phối</h3>"
                                "<p>Là “chất keo” nối các dịch vụ: có đầu mối, có quy trình chuyển tuyến, "
                                "có cơ chế chia sẻ thông tin an toàn, có kiểm tra, giám sát và báo cáo.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Năm đặc điểm chung của dịch vụ thiết yếu"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol>"
                                "<li><b>Sẵn có:</b> có đủ dịch vụ, kể cả ngoài giờ hành chính.</li>"
                                "<li><b>Dễ tiếp cận:</b> người dân biết, đến được, không bị rào cản về "
                                "khoảng cách, chi phí, ngôn ngữ hay khuyết tật.</li>"
                                "<li><b>Ưu tiên an toàn:</b> mọi quyết định đều cân nhắc nguy cơ với "
                                "người bị bạo lực.</li>"
                                "<li><b>Bảo mật:</b> thông tin chỉ chia sẻ khi có sự đồng ý và khi thật "
                                "cần thiết.</li>"
                                "<li><b>Kết nối qua điều phối:</b> không để người bị bạo lực tự đi gõ "
                                "cửa từng nơi.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Không ngành nào làm một mình",
                                "text": (
                                    "<p>Người bị bạo lực thường cần cùng lúc y tế, an toàn, pháp lý và hỗ "
                                    "trợ tâm lý. Dịch vụ tốt ở từng ngành vẫn chưa đủ nếu các ngành không "
                                    "nối với nhau. Theo điều tra quốc gia năm 2019, 90,4% phụ nữ bị chồng "
                                    "bạo lực không tìm kiếm sự trợ giúp từ cơ quan chính quyền: hệ thống "
                                    "phải dễ tìm, dễ vào và đáng tin.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Tự đánh giá dịch vụ của đơn vị mình",
                                "items": [
                                    "Người dân có biết đơn vị mình tiếp nhận người bị bạo lực không?",
                                    "Ngoài giờ hành chính, ai trực và liên lạc bằng số nào?",
                                    "Có chỗ nói chuyện riêng, kín đáo không?",
                                    "Có phiên dịch hoặc người hỗ trợ cho người dân tộc thiểu số, người khuyết tật không?",
                                    "Hồ sơ được cất giữ có khóa, ai được phép xem?",
                                    "Có danh bạ các dịch vụ khác để chuyển tuyến không?",
                                    "Có ghi nhận và theo dõi kết quả sau khi chuyển tuyến không?",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Ai làm gì: vai trò các cơ quan, tổ chức ở cấp tỉnh",
                    "slug": "vai-tro-cac-co-quan-cap-tinh",
                    "summary": (
                        "Phân công trách nhiệm theo Kế hoạch năm 2023 của tỉnh và những thay đổi về "
                        "tổ chức chính quyền địa phương từ 01/7/2025."
                    ),
                    "body": [
                        {"type": "heading", "value": "Mục tiêu chung, trách nhiệm chung"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch năm 2023 của tỉnh Ninh Thuận về phòng ngừa và ứng phó với bạo "
                                "lực trên cơ sở giới đặt hai chỉ tiêu: <b>tối thiểu 50%</b> người bị bạo "
                                "lực tìm kiếm sự trợ giúp từ cơ quan cung cấp dịch vụ, và <b>90%</b> "
                                "trường hợp có nhu cầu trợ giúp được trợ giúp bằng các hình thức khác "
                                "nhau. Chỉ tiêu thứ hai chỉ đạt được khi các ngành kết nối với nhau.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Phân công theo Kế hoạch năm 2023"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Sở Lao động – Thương binh và Xã hội:</b> chủ trì tổ chức thực hiện; "
                                "triển khai thí điểm các mô hình; kiểm tra, sơ kết, tổng kết. Các đơn vị "
                                "báo cáo về UBND tỉnh qua Sở trước ngày 15/12 hằng năm.</li>"
                                "<li><b>Công an tỉnh:</b> chỉ đạo công an các cấp phát hiện sớm, can "
                                "thiệp, xử lý kịp thời các vụ bạo lực và bảo vệ nạn nhân; phòng, chống "
                                "tội phạm xâm hại trẻ em, mua bán người, môi giới hôn nhân bất hợp pháp.</li>"
                                "<li><b>Sở Y tế:</b> chỉ đạo, hướng dẫn, kiểm tra các cơ sở khám bệnh, "
                                "chữa bệnh trong việc tiếp nhận, chăm sóc y tế cho nạn nhân bạo lực gia "
                                "đình, bạo lực trên cơ sở giới.</li>"
                                "<li><b>Sở Tư pháp:</b> hướng dẫn trợ giúp pháp lý cho nạn nhân.</li>"
                                "<li><b>Sở Giáo dục và Đào tạo:</b> bảo đảm môi trường giáo dục an toàn, "
                                "phòng, chống bạo lực học đường.</li>"
                                "<li><b>Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông:</b> "
                                "tuyên truyền, hướng dẫn báo chí, truyền thanh cơ sở.</li>"
                                "<li><b>Hội LHPN tỉnh, Ủy ban MTTQ, Hội Nông dân, Tỉnh đoàn:</b> tham gia "
                                "triển khai, lồng ghép vào các đề án, chương trình của mình. <b>Liên đoàn "
                                "Lao động tỉnh:</b> phòng, chống quấy rối tình dục tại nơi làm việc.</li>"
                                "<li><b>UBND các huyện, thành phố:</b> xây dựng kế hoạch, bố trí ngân sách "
                                "địa phương.</li>"
                                "</ul>"
                                "<p>Kế hoạch cũng yêu cầu lập đoàn kiểm tra liên ngành (Công an, Tư pháp, "
                                "LĐ-TB&amp;XH, VH-TT&amp;DL, Hội Phụ nữ, Hội Nông dân, Liên đoàn Lao động…) "
                                "và kiểm tra, xác minh khi có thông tin về vụ việc.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Lưu ý về thay đổi từ 01/7/2025"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15, chính quyền "
                                "địa phương còn hai cấp; <b>cấp huyện kết thúc từ 01/7/2025</b>. Theo Nghị "
                                "quyết 202/2025/QH15, Ninh Thuận và Khánh Hòa hợp nhất thành <b>tỉnh Khánh "
                                "Hòa</b>. Địa bàn Ninh Thuận cũ nay gồm 19 xã và 5 phường theo Nghị quyết "
                                "1667/NQ-UBTVQH15.</p>"
                                "<p>Vì vậy, các nhiệm vụ trước đây của UBND huyện cần được xác định lại "
                                "theo phân công mới; tên gọi, đầu mối của một số sở, ngành cũng có thể đã "
                                "thay đổi sau sắp xếp bộ máy. Trước khi chuyển tuyến, hãy kiểm tra đầu mối "
                                "hiện hành, đừng dựa vào danh bạ cũ.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Biết việc của mình, biết cửa của người khác",
                                "text": (
                                    "<p>Mỗi nơi cung cấp dịch vụ cần biết rõ nhiệm vụ của mình, và biết "
                                    "chuyển người bị bạo lực đến đâu, bằng cách nào, khi nhu cầu vượt quá "
                                    "khả năng của mình.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Hoạt động trên lớp:</b> chia nhóm theo ngành. Mỗi nhóm viết lên "
                                "giấy khổ lớn: (1) ngành mình làm gì khi nhận một ca bạo lực; (2) ngành "
                                "mình cần gì từ ngành khác; (3) tên, số điện thoại đầu mối hiện hành. "
                                "Dán các tờ giấy cạnh nhau và nối các mũi tên chuyển tuyến: chỗ nào không "
                                "có mũi tên là chỗ người bị bạo lực dễ bị “rơi”.</p>"
                            ),
                        },
                    ],
                },
                {
                    "title": "Phối hợp ở cấp xã",
                    "slug": "phoi-hop-o-cap-xa",
                    "summary": (
                        "UBND xã, công an xã, trạm y tế, Hội Phụ nữ, nhà trường, trưởng thôn và địa chỉ "
                        "tin cậy cùng làm việc thế nào khi có một ca bạo lực."
                    ),
                    "body": [
                        {"type": "heading", "value": "Xã là nơi mọi đường dây gặp nhau"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Theo Điều 19 Luật Phòng, chống bạo lực gia đình 2022, UBND xã, công "
                                "an, trưởng thôn, nhà trường, người đứng đầu tổ chức chính trị - xã hội "
                                "cấp xã đều là địa chỉ tiếp nhận tin báo. Theo Nghị định 76/2023/NĐ-CP, "
                                "Tổng đài quốc gia về phòng, chống bạo lực gia đình khi nhận cuộc gọi "
                                "phải thông báo ngay cho Chủ tịch UBND cấp xã nơi xảy ra vụ việc. Chủ "
                                "tịch UBND xã cũng là người quyết định cấm tiếp xúc.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Một cơ chế phối hợp đơn giản"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol>"
                                "<li><b>Một đầu mối:</b> UBND xã giao một công chức làm đầu mối điều phối "
                                "ca, có người dự phòng khi vắng.</li>"
                                "<li><b>Một danh bạ:</b> số trực của công an xã, trạm y tế, Hội Phụ nữ, "
                                "các trưởng thôn, địa chỉ tin cậy, nhà trường, Đồn Biên phòng (nếu có).</li>"
                                "<li><b>Một quy tắc thông tin:</b> chỉ chia sẻ những gì bên nhận cần biết "
                                "để hỗ trợ, khi người bị bạo lực đã đồng ý.</li>"
                                "<li><b>Một buổi trao đổi ca:</b> các bên liên quan trao đổi nhanh về các "
                                "ca đang theo dõi; không nêu tên trong biên bản họp chung.</li>"
                                "</ol>"
                                "<p>Sau sắp xếp năm 2025, nhiều xã rộng hơn; hãy tính thời gian di chuyển "
                                "khi phân công người trực.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Người bị bạo lực chỉ nên kể câu chuyện một lần",
                                "text": (
                                    "<p>Mỗi lần kể lại là một lần đau thêm. Các bên dùng chung thông tin đã "
                                    "được đồng ý chia sẻ, thay vì mỗi nơi lại hỏi từ đầu.</p>"
                                ),
                            },
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Tình huống sau nói về một em gái bị ép kết hôn sớm.",
                                "body": (
                                    "<p>H. kể rằng bố mẹ đã nhận lễ hỏi, bắt em nghỉ học để cưới một người "
                                    "lớn hơn em nhiều tuổi. Em phản đối thì bị bố tát, bị thu điện thoại. "
                                    "Em nói: “Nếu phải cưới, em không muốn sống nữa.”</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cô giáo ở xã Lâm Sơn nhận được lời kể",
                                "situation": (
                                    "<p>H., 15 tuổi, học lớp 9 ở xã Lâm Sơn (Ninh Thuận). Sau giờ học, em "
                                    "kể với cô giáo chủ nhiệm (xem phần nội dung ở trên) và xin cô đừng nói "
                                    "với bố mẹ. Nhà em ở thôn xa trường.</p>"
                                ),
                                "questions": [
                                    "Cô giáo cần báo cho ai, theo thứ tự nào?",
                                    "Câu nói “không muốn sống nữa” thay đổi mức độ khẩn cấp ra sao?",
                                    "Cô giáo nên trả lời thế nào trước lời xin “đừng nói với bố mẹ”?",
                                    "Những bên nào ở xã cần cùng tham gia, và ai làm đầu mối?",
                                ],
                                "discussion": (
                                    "<p>Cưỡng ép tảo hôn là hành vi bạo lực gia đình theo Điều 3 Luật 2022; "
                                    "nhà trường là địa chỉ tiếp nhận tin báo. Câu “không muốn sống nữa” là "
                                    "dấu hiệu nguy hiểm: không để em về một mình, báo ngay ban giám hiệu, "
                                    "Chủ tịch UBND xã, công an xã; gọi <b>111</b> để được tư vấn. Cô nói "
                                    "thật với H.: cô giữ kín với người không liên quan nhưng phải báo người "
                                    "có trách nhiệm để bảo vệ em, và em sẽ được hỏi ý kiến ở từng bước. Đầu "
                                    "mối UBND xã điều phối công an, y tế, Hội Phụ nữ và nhà trường.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Danh bạ điều phối cấp xã cần có",
                                "items": [
                                    "Đầu mối điều phối ca và người dự phòng.",
                                    "Số trực công an xã; Đồn Biên phòng gần nhất (xã ven biển).",
                                    "Trạm y tế xã và bệnh viện tiếp nhận gần nhất.",
                                    "Hội Phụ nữ xã, các địa chỉ tin cậy – nhà tạm lánh.",
                                    "Trưởng thôn, tổ trưởng tổ dân phố.",
                                    "Đầu mối của các trường học trên địa bàn.",
                                    "Số khẩn cấp và tổng đài: 113, 115, 112, 111, 1900 969 680.",
                                    "Ngày cập nhật gần nhất, người cập nhật.",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Chuyển tuyến an toàn và bảo mật",
            "slug": "chuyen-tuyen-an-toan-bao-mat",
            "summary": (
                "Lấy sự đồng ý có hiểu biết, lập bản đồ dịch vụ, dùng phiếu chuyển tuyến, theo dõi sau "
                "chuyển tuyến và học từ mô hình một cửa Ngôi nhà Ánh Dương."
            ),
            "description": (
                "<p>Chuyển tuyến là quy trình rõ ràng để người bị bạo lực nhận được dịch vụ y tế, tâm lý "
                "xã hội, pháp lý, tạm lánh hay hỗ trợ kinh tế. Chuyển tuyến tốt phải an toàn, bảo mật và "
                "không dừng lại ở việc đưa một số điện thoại.</p>"
                "<p>Khóa học đi theo trình tự thực tế: đồng ý, bản đồ dịch vụ, phiếu chuyển tuyến, theo "
                "dõi và đóng ca.</p>"
            ),
            "estimated_hours": "2.5",
            "objectives": [
                "Giải thích và ghi nhận sự đồng ý có hiểu biết đúng yêu cầu về bảo vệ dữ liệu cá nhân.",
                "Lập và cập nhật bản đồ dịch vụ của địa phương.",
                "Điền phiếu chuyển tuyến với lượng thông tin tối thiểu cần thiết.",
                "Theo dõi sau chuyển tuyến và phối hợp theo tinh thần một cửa.",
            ],
            "lessons": [
                {
                    "title": "Đồng ý có hiểu biết và bảo mật thông tin",
                    "slug": "dong-y-co-hieu-biet-va-bao-mat",
                    "summary": (
                        "Vì sao phải hỏi ý kiến trước khi chuyển tuyến, đồng ý thế nào mới có giá trị, "
                        "và những dữ liệu nhạy cảm cần đặc biệt bảo vệ."
                    ),
                    "body": [
                        {
                            "type": "heading",
                            "value": "Bảo mật là nguyên tắc, không phải phép lịch sự",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bốn nguyên tắc chỉ đạo khi làm việc với người bị bạo lực là <b>an "
                                "toàn</b>, <b>bảo mật</b>, <b>tôn trọng</b> và <b>không phân biệt đối "
                                "xử</b>. Bảo mật nghĩa là không tiết lộ thông tin của người bị bạo lực khi "
                                "chưa có sự đồng ý có hiểu biết của họ. Trong quản lý ca, sự đồng ý được "
                                "hỏi <b>trước khi bắt đầu</b> và <b>trong suốt quá trình</b>, không phải "
                                "một lần cho xong.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Đồng ý thế nào mới có giá trị"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân (hiệu lực từ "
                                "01/7/2023) quy định sự đồng ý chỉ có hiệu lực khi:</p>"
                                "<ul>"
                                "<li>tự nguyện, và người đồng ý biết rõ loại dữ liệu, mục đích, bên xử "
                                "lý, quyền và nghĩa vụ của mình;</li>"
                                "<li>thể hiện rõ ràng, cụ thể (bằng văn bản, giọng nói, đánh dấu ô…);</li>"
                                "<li>nếu có nhiều mục đích thì liệt kê từng mục đích;</li>"
                                "<li>ở dạng có thể in, sao chép hoặc kiểm chứng được.</li>"
                                "</ul>"
                                "<p><b>Im lặng hoặc không phản hồi không phải là đồng ý.</b> Người đồng "
                                "ý cũng có quyền rút lại sự đồng ý. Từ 01/01/2026, Luật Bảo vệ dữ liệu cá "
                                "nhân số 91/2025/QH15 có hiệu lực và thay vai trò của Nghị định 13; khi "
                                "soạn mẫu, hãy đối chiếu văn bản mới.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Dữ liệu nhạy cảm trong hồ sơ bạo lực"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hồ sơ một ca bạo lực thường chứa dữ liệu cá nhân nhạy cảm: thông tin "
                                "sức khỏe và hồ sơ bệnh án, nguồn gốc dân tộc, đời sống tình dục, dữ liệu "
                                "về tội phạm. Vì vậy:</p>"
                                "<ul>"
                                "<li>chỉ ghi những gì cần cho việc hỗ trợ;</li>"
                                "<li>dùng mã ca thay cho họ tên trên sổ theo dõi chung;</li>"
                                "<li>không chụp, gửi hồ sơ qua nhóm chat;</li>"
                                "<li>cất hồ sơ giấy trong tủ có khóa, ghi rõ ai được xem.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Hỏi: cái gì, cho ai, để làm gì",
                                "text": (
                                    "<p>Trước mỗi lần chia sẻ, nói rõ với người bị bạo lực: thông tin nào "
                                    "sẽ được gửi, gửi cho ai, để làm gì, và họ có quyền từ chối. Khi tính "
                                    "mạng đang bị đe dọa, ưu tiên gọi 113, 115 và giải thích với họ ngay khi "
                                    "có thể.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Với trẻ em:</b> cần lắng nghe ý kiến của trẻ ở mọi bước và phối hợp "
                                "với cán bộ bảo vệ trẻ em hoặc Tổng đài 111 để biết cách làm việc phù hợp "
                                "với trẻ và người chăm sóc.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước khi chia sẻ thông tin để chuyển tuyến",
                                "items": [
                                    "Đã giải thích dịch vụ được giới thiệu là gì, ở đâu, có mất phí không.",
                                    "Đã nói rõ thông tin nào sẽ được chia sẻ và cho ai.",
                                    "Người bị bạo lực đã đồng ý rõ ràng, không phải im lặng.",
                                    "Sự đồng ý được ghi lại ở dạng kiểm chứng được.",
                                    "Người bị bạo lực biết mình có thể rút lại sự đồng ý.",
                                    "Chỉ chia sẻ thông tin tối thiểu bên nhận cần.",
                                    "Đã thống nhất cách liên lạc an toàn với người bị bạo lực.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Bản đồ dịch vụ và phiếu chuyển tuyến",
                    "slug": "ban-do-dich-vu-va-phieu-chuyen-tuyen",
                    "summary": (
                        "Lập danh sách dịch vụ đáng tin cậy của địa phương và dùng phiếu chuyển tuyến "
                        "ngắn gọn, an toàn."
                    ),
                    "body": [
                        {"type": "heading", "value": "Lập bản đồ dịch vụ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bản đồ dịch vụ là danh sách các nơi cung cấp dịch vụ mà người bị bạo "
                                "lực có thể đến, xếp theo bốn nhóm của Gói dịch vụ thiết yếu. Với mỗi nơi, "
                                "ghi:</p>"
                                "<ul>"
                                "<li>tên, địa chỉ, giờ làm việc, số trực ngoài giờ;</li>"
                                "<li>người đầu mối và cách liên hệ;</li>"
                                "<li>dịch vụ cung cấp, điều kiện tiếp nhận, chi phí (nếu có);</li>"
                                "<li>khả năng hỗ trợ người khuyết tật, phiên dịch tiếng dân tộc;</li>"
                                "<li>cách chuyển tuyến: gọi trước, gửi phiếu, đưa người đến.</li>"
                                "</ul>"
                                "<p>Chỉ đưa vào bản đồ những số điện thoại đã kiểm tra. Với các số khẩn "
                                "cấp và tổng đài, dùng những số đã xác nhận: 113, 115, 112, 111 và "
                                "1900 969 680. Không tự điền số “nghe nói là đường dây nóng” khi chưa "
                                "gọi thử và xác minh với cơ quan chủ quản.</p>"
                                "<p>Bản đồ cần được rà soát định kỳ, nhất là sau những thay đổi về tổ chức "
                                "bộ máy từ năm 2025.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Phiếu chuyển tuyến: ngắn, đủ, an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Không có mẫu nào phù hợp mọi nơi; dưới đây là các mục gợi ý:</p>"
                                "<ol>"
                                "<li>Mã ca, ngày chuyển, mức độ khẩn cấp.</li>"
                                "<li>Nơi chuyển (người phụ trách, số điện thoại) và nơi nhận.</li>"
                                "<li>Dịch vụ đề nghị và lý do, viết ngắn gọn.</li>"
                                "<li>Thông tin tối thiểu cần thiết, không chép toàn bộ câu chuyện.</li>"
                                "<li>Xác nhận sự đồng ý của người bị bạo lực với việc chia sẻ.</li>"
                                "<li>Cách liên lạc an toàn với người bị bạo lực.</li>"
                                "<li>Phần phản hồi để nơi nhận báo lại đã tiếp nhận.</li>"
                                "</ol>"
                                "<p>Gọi điện báo trước cho nơi nhận; gửi phiếu trong phong bì dán kín "
                                "hoặc qua kênh bảo mật đã thống nhất. Không gửi ảnh chụp phiếu qua nhóm "
                                "chat chung.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Chuyển tuyến có người đồng hành",
                                "text": (
                                    "<p>Đưa một số điện thoại chưa phải là chuyển tuyến. Khi nguy cơ cao "
                                    "hoặc người bị bạo lực khó tự đi, hãy gọi trước và đưa họ đến tận nơi. "
                                    "Người không chuyên về bạo lực trên cơ sở giới nên chuyển đến cán bộ quản "
                                    "lý ca hoặc đường dây nóng chuyên về bạo lực.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Kiểm tra một lần chuyển tuyến",
                                "items": [
                                    "Đã có sự đồng ý cho việc chuyển tuyến và chia sẻ thông tin.",
                                    "Nơi nhận đã được gọi trước và xác nhận có thể tiếp nhận.",
                                    "Phiếu chỉ chứa thông tin tối thiểu; dùng mã ca.",
                                    "Người bị bạo lực biết đến đâu, gặp ai, đi bằng cách nào, có ai đi cùng.",
                                    "Đã tính chi phí đi lại, chăm sóc con nhỏ trong thời gian đi.",
                                    "Đã hẹn ngày theo dõi kết quả.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Theo dõi sau chuyển tuyến và mô hình Ngôi nhà Ánh Dương",
                    "slug": "theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong",
                    "summary": (
                        "Khép vòng chuyển tuyến bằng theo dõi, vị trí của chuyển tuyến trong quản lý ca, "
                        "và bài học từ mô hình một cửa Ngôi nhà Ánh Dương."
                    ),
                    "body": [
                        {"type": "heading", "value": "Chuyển tuyến trong sáu bước quản lý ca"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hướng dẫn liên cơ quan về quản lý ca bạo lực trên cơ sở giới (2017) "
                                "gồm sáu bước: (1) giới thiệu và tiếp cận; (2) đánh giá; (3) lập kế hoạch "
                                "hành động; (4) thực hiện kế hoạch; (5) theo dõi; (6) đóng ca. Chuyển "
                                "tuyến nằm ở bước 4, nhưng chỉ hoàn thành khi có bước 5: biết chắc người "
                                "bị bạo lực đã nhận được dịch vụ.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Theo dõi: hỏi gì, khi nào"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Với nơi nhận:</b> đã tiếp nhận chưa, dịch vụ đã cung cấp là gì, "
                                "có cần thêm gì từ phía mình không.</li>"
                                "<li><b>Với người bị bạo lực</b>, qua kênh liên lạc an toàn đã thống nhất: "
                                "đã đến được chưa, có gặp khó khăn gì (đi lại, chi phí, thái độ phục vụ), "
                                "có nguy cơ mới không, có cần cập nhật kế hoạch an toàn không.</li>"
                                "<li><b>Ghi chép:</b> kết quả từng lần theo dõi và việc tiếp theo.</li>"
                                "</ul>"
                                "<p>Chỉ đóng ca khi nhu cầu đã được đáp ứng hoặc người bị bạo lực không "
                                "muốn tiếp tục, và họ biết có thể quay lại bất cứ lúc nào.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Ngôi nhà Ánh Dương: dịch vụ một cửa"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ngôi nhà Ánh Dương là mô hình trung tâm dịch vụ một cửa do UNFPA hỗ "
                                "trợ: người bị bạo lực nhận dịch vụ y tế, tâm lý, xã hội, công an, pháp lý "
                                "và tạm lánh tại một điểm. Mô hình đầu tiên mở ở Quảng Ninh tháng 4/2020, "
                                "sau đó được nhân rộng ở một số tỉnh.</p>"
                                "<p>Địa phương chưa có Ngôi nhà Ánh Dương vẫn có thể học tinh thần một "
                                "cửa: một đầu mối nhận ca, một phiếu chuyển tuyến dùng chung, các ngành "
                                "đến với người bị bạo lực thay vì bắt họ đi khắp nơi.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Chưa theo dõi thì chưa xong",
                                "text": (
                                    "<p>Một phiếu chuyển tuyến không có phản hồi là một câu hỏi bỏ ngỏ. Người "
                                    "chuyển tuyến chịu trách nhiệm hỏi lại cho đến khi biết kết quả.</p>"
                                ),
                            },
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": "Tình huống sau có nhắc đến bạo lực tình dục trong hôn nhân.",
                                "body": (
                                    "<p>Chị K. kể với cán bộ Hội Phụ nữ rằng nhiều tháng nay chồng ép chị "
                                    "quan hệ tình dục khi chị không muốn, và đánh chị nếu chị từ chối. Chị "
                                    "xấu hổ, chưa kể với ai.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Chị K. ở phường Đô Vinh chưa đến buổi hẹn",
                                "situation": (
                                    "<p>Chị K., 29 tuổi, công nhân, sống ở phường Đô Vinh (Ninh Thuận). Sau "
                                    "khi nghe chị kể (xem phần nội dung ở trên), cán bộ Hội Phụ nữ được chị "
                                    "đồng ý chuyển tuyến đến y tế và trợ giúp pháp lý. Một tuần sau, nơi nhận "
                                    "cho biết chị chưa đến.</p>"
                                ),
                                "questions": [
                                    "Cán bộ Hội Phụ nữ nên liên lạc lại với chị K. bằng cách nào cho an toàn?",
                                    "Những rào cản nào có thể khiến chị chưa đến?",
                                    "Có thể điều chỉnh cách chuyển tuyến thế nào để chị dễ tiếp cận hơn?",
                                    "Khi nào thì có thể đóng ca?",
                                ],
                                "discussion": (
                                    "<p>Liên lạc theo đúng cách đã thống nhất, không nhắn nội dung có thể bị "
                                    "người chồng đọc. Rào cản thường gặp: không xin nghỉ làm được, không có "
                                    "người trông con, sợ bị phát hiện, xấu hổ. Có thể hẹn ngoài giờ làm, "
                                    "đi cùng chị, đề nghị nơi nhận bố trí người tiếp đón kín đáo, và nhắc "
                                    "chị rằng cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc chồng là "
                                    "hành vi bạo lực gia đình theo Luật 2022. Ca chưa đóng chừng nào nhu cầu "
                                    "của chị chưa được đáp ứng, trừ khi chính chị quyết định dừng.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
