"""Track 2: Triển khai các mô hình phòng ngừa, ứng phó với BLG tại cộng đồng (demo content, plain data)."""

TRACK = {
    "number": 2,
    "title": "Triển khai các mô hình phòng ngừa, ứng phó với BLG tại cộng đồng",
    "slug": "trien-khai-mo-hinh",
    "summary": (
        "Kiến thức và kỹ năng thực hành để thiết lập, vận hành, đánh giá và nhân rộng các mô hình "
        "phòng ngừa, ứng phó với bạo lực trên cơ sở giới ở cộng đồng, trường học và doanh nghiệp."
    ),
    "audience": (
        "<p>Dành cho <b>cán bộ, cộng tác viên</b> tham gia triển khai các mô hình tại xã, phường: "
        "chủ địa chỉ tin cậy, cán bộ Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, công đoàn, giáo viên, "
        "công an viên, người có uy tín và chủ nhiệm các câu lạc bộ.</p>"
        "<p>Nội dung bám theo mục III.2 (các mô hình) và III.3 (đào tạo cán bộ, cộng tác viên) "
        "trong Kế hoạch năm 2023 của UBND tỉnh Ninh Thuận. Nên học sau chương trình “Kiến thức "
        "chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới”.</p>"
    ),
    "objectives": [
        "Thiết lập và vận hành địa chỉ tin cậy – nhà tạm lánh ở cộng đồng an toàn, bảo mật.",
        "Tiếp nhận người bị bạo lực bằng sơ cứu tâm lý, cùng họ lập kế hoạch an toàn và chuyển tuyến đúng.",
        "Triển khai mô hình trường học an toàn, phòng, chống quấy rối tình dục tại doanh nghiệp và làng quê an toàn.",
        "Tổ chức câu lạc bộ nam giới tiên phong và câu lạc bộ phụ nữ, trẻ em gái khuyết tật.",
        "Rà soát, đánh giá, báo cáo và nhân rộng mô hình theo Kế hoạch của tỉnh.",
    ],
    "courses": [
        # ------------------------------------------------------------------
        {
            "title": "Địa chỉ tin cậy – nhà tạm lánh ở cộng đồng",
            "slug": "dia-chi-tin-cay-nha-tam-lanh",
            "summary": (
                "Thiết lập, vận hành địa chỉ tin cậy; tiếp nhận người bị bạo lực bằng sơ cứu tâm lý "
                "và kế hoạch an toàn; kết nối dịch vụ, chuyển tuyến và bảo mật hồ sơ."
            ),
            "description": (
                "<p>Địa chỉ tin cậy – nhà tạm lánh ở cộng đồng là mô hình đã hình thành mà Kế hoạch "
                "năm 2023 của tỉnh yêu cầu duy trì, mở rộng và nâng cao chất lượng. Khóa học đi từ "
                "khâu lựa chọn, thiết lập địa chỉ đến cách tiếp nhận một người tìm đến lúc nửa đêm và "
                "cách kết nối họ với các dịch vụ cần thiết.</p>"
            ),
            "estimated_hours": "3",
            "objectives": [
                "Nêu được khái niệm, nhiệm vụ và tiêu chí lựa chọn địa chỉ tin cậy.",
                "Áp dụng bốn nguyên tắc hành động của sơ cứu tâm lý khi tiếp nhận.",
                "Cùng người bị bạo lực lập kế hoạch an toàn.",
                "Lập danh bạ chuyển tuyến của xã và chuyển tuyến an toàn, bảo mật.",
            ],
            "lessons": [
                {
                    "title": "Thiết lập và vận hành địa chỉ tin cậy",
                    "slug": "thiet-lap-va-van-hanh-dia-chi-tin-cay",
                    "summary": (
                        "Địa chỉ tin cậy là gì, chọn ai làm địa chỉ tin cậy và cần chuẩn bị gì trước "
                        "khi công bố với người dân."
                    ),
                    "body": [
                        {"type": "heading", "value": "Địa chỉ tin cậy là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Phòng, chống bạo lực gia đình năm 2007 (khoản 1 Điều 30) mô tả "
                                "địa chỉ tin cậy ở cộng đồng là cá nhân, tổ chức có uy tín, có khả năng "
                                "và tự nguyện giúp đỡ người bị bạo lực gia đình. Địa chỉ do UBND cấp xã "
                                "thành lập, quản lý; có nhiệm vụ tiếp nhận, bảo đảm an toàn, giữ bí mật "
                                "cho người báo tin và người bị bạo lực, chăm sóc, tư vấn, cho tạm "
                                "lánh.</p>"
                                "<p>Luật năm 2022 (thay thế Luật năm 2007) coi bố trí <b>nơi tạm "
                                "lánh</b> là một biện pháp bảo vệ; cách tổ chức địa chỉ tin cậy theo "
                                "Luật mới cần theo hướng dẫn hiện hành. Biến thể “địa chỉ tin cậy – nhà "
                                "tạm lánh” (Hoàn Kiếm, Hà Nội, từ 8/2018) có thêm chỗ ở tạm an "
                                "toàn.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Chọn ai làm địa chỉ tin cậy"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Đó có thể là gia đình một người có uy tín, trụ sở đoàn thể hay một "
                                "cơ sở phù hợp trong thôn. Tiêu chí gợi ý:</p>"
                                "<ul>"
                                "<li><b>Uy tín, tự nguyện</b>: người dân tin; chủ địa chỉ thật sự muốn "
                                "giúp.</li>"
                                "<li><b>Giữ được bí mật</b>, kể cả với người thân của mình.</li>"
                                "<li><b>An toàn</b>: chỗ nghỉ riêng, cửa khóa chắc, có điện thoại, dễ "
                                "liên lạc công an xã.</li>"
                                "<li><b>Dễ tiếp cận</b>: đến được cả ban đêm; thôn vùng cao nên có địa "
                                "chỉ ngay trong thôn.</li>"
                                "<li><b>Ngôn ngữ</b>: nói được tiếng của đồng bào dân tộc tại chỗ.</li>"
                                "</ul>"
                            ),
                        },
                        {"type": "heading", "value": "Vận hành và nâng cao chất lượng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cần có: văn bản công nhận của UBND xã; chủ địa chỉ được tập huấn "
                                "tiếp nhận, sơ cứu tâm lý, kế hoạch an toàn, chuyển tuyến; sổ ghi chép "
                                "cất giữ an toàn; vật dụng thiết yếu cho người tạm lánh; cơ chế bảo vệ "
                                "chủ địa chỉ khi bị đe dọa.</p>"
                                "<p>Kế hoạch năm 2023 yêu cầu rà soát, đánh giá các mô hình đã có; tăng "
                                "tuyên truyền để người dân biết và sử dụng; nhân rộng, học tập kinh "
                                "nghiệm; đào tạo đội ngũ nòng cốt. Kế hoạch 1790/KH-UBND đặt chỉ tiêu "
                                "đến năm 2025 có 100% xã, phường, thị trấn có mô hình phòng, chống bạo "
                                "lực gia đình.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Chọn địa chỉ tin cậy cho một thôn vùng cao",
                                "situation": (
                                    "<p>Xã Bác Ái Tây cần thêm địa chỉ tin cậy cho một thôn xa trung tâm "
                                    "xã. Có ba đề xuất: nhà trưởng thôn (uy tín, nhưng có họ hàng với "
                                    "nhiều hộ); nhà chi hội trưởng phụ nữ (nhiệt tình, nói được tiếng dân "
                                    "tộc, nhà chật); điểm trường mầm non (rộng, nhưng đêm không có "
                                    "người).</p>"
                                ),
                                "questions": [
                                    "Mỗi phương án mạnh, yếu gì về an toàn, bí mật, khả năng tiếp cận?",
                                    "Có thể kết hợp các phương án thế nào?",
                                    "Cần hỏi ý kiến ai trước khi quyết định?",
                                ],
                                "discussion": (
                                    "<p>Quan hệ họ hàng có thể khiến phụ nữ ngại tìm đến và khó giữ bí "
                                    "mật. Chi hội trưởng nói được tiếng dân tộc là lợi thế lớn; nhà chật "
                                    "thì chị tiếp nhận, sơ cứu tâm lý rồi đưa người cần tạm lánh đến nơi "
                                    "đủ điều kiện. Điểm trường không người trực đêm thì không hợp làm nơi "
                                    "tạm lánh. Hãy hỏi chính phụ nữ trong thôn họ tin ai.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Địa chỉ tin cậy không phải nơi đối đầu",
                                "text": (
                                    "<p>Khi người gây bạo lực tìm đến, chủ địa chỉ không ra tranh cãi mà "
                                    "gọi ngay công an xã hoặc 113.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước khi công bố một địa chỉ tin cậy",
                                "items": [
                                    "Có văn bản của UBND xã.",
                                    "Chủ địa chỉ đã được tập huấn, cam kết giữ bí mật.",
                                    "Có chỗ nghỉ riêng, vật dụng thiết yếu.",
                                    "Có danh bạ: công an xã, trạm y tế, 113, 115, 111, 1900 969 680.",
                                    "Đã thống nhất với công an xã cách hỗ trợ khi nguy hiểm.",
                                    "Phụ nữ trong thôn đã biết địa chỉ.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Tiếp nhận ban đầu: sơ cứu tâm lý và kế hoạch an toàn",
                    "slug": "tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan",
                    "summary": (
                        "Áp dụng Chuẩn bị – Quan sát – Lắng nghe – Kết nối khi một người tìm đến địa "
                        "chỉ tin cậy, và cùng họ lập kế hoạch an toàn."
                    ),
                    "body": [
                        {
                            "type": "content_note",
                            "value": {
                                "summary": (
                                    "Tình huống có mô tả thương tích và lời kể của một phụ nữ bị chồng "
                                    "bạo lực khi tìm đến địa chỉ tin cậy lúc nửa đêm."
                                ),
                                "body": (
                                    "<p>Gần nửa đêm, chị L. (28 tuổi) bế đứa con ba tuổi gõ cửa nhà chị "
                                    "H., chi hội trưởng phụ nữ, cũng là địa chỉ tin cậy của thôn. Môi "
                                    "chị rớm máu, một bên má sưng. Chị run run kể: <i>“Anh say, nói em "
                                    "lấy tiền của anh, rồi túm tóc em đập vào tường. Con khóc thét mà anh "
                                    "không dừng. Em chỉ kịp ôm con chạy, điện thoại cũng để lại. Về nhà "
                                    "mẹ thì anh sẽ tìm đến.”</i></p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Sơ cứu tâm lý: bốn nguyên tắc hành động"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hướng dẫn sơ cứu tâm lý của WHO, War Trauma Foundation và World "
                                "Vision (2011) nêu bốn nguyên tắc hành động:</p>"
                                "<ul>"
                                "<li><b>Chuẩn bị</b>: từ trước, chủ địa chỉ đã biết các dịch vụ trong "
                                "xã, có sẵn số điện thoại, hộp sơ cứu và chỗ nghỉ.</li>"
                                "<li><b>Quan sát</b>: người chồng có đuổi theo không? Mẹ con chị L. có "
                                "cần cấp cứu không?</li>"
                                "<li><b>Lắng nghe</b>: mời chị ngồi ở chỗ kín, cho uống nước, để chị "
                                "kể theo nhịp của mình; không hỏi dồn, không hỏi “sao không bỏ đi "
                                "sớm”.</li>"
                                "<li><b>Kết nối</b>: hỏi chị cần gì trước tiên; kết nối y tế, công an, "
                                "người thân theo mong muốn của chị.</li>"
                                "</ul>"
                                "<p>Nên nói: “Đây không phải lỗi của chị.” Không nên nói: “Thôi về làm "
                                "lành vì con.”</p>"
                            ),
                        },
                        {"type": "heading", "value": "Cùng lập kế hoạch an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Khi chị L. đã bình tĩnh, cùng chị lập kế hoạch; kế hoạch là của "
                                "chị, cán bộ chỉ gợi ý:</p>"
                                "<ul>"
                                "<li>Trong nhà: khi xung đột bắt đầu, ra căn phòng có lối thoát.</li>"
                                "<li>Tín hiệu: thống nhất một câu nói hoặc dấu hiệu với hàng xóm tin "
                                "cậy, dạy con cách chạy ra gọi người.</li>"
                                "<li>Lối thoát và nơi đến: đi đường nào, đến nhà ai.</li>"
                                "<li>Túi khẩn cấp gửi nơi an toàn: giấy tờ, chìa khóa, thuốc, ít tiền, "
                                "số điện thoại.</li>"
                                "<li>Bản sao các quyết định bảo vệ, như quyết định cấm tiếp xúc.</li>"
                                "<li>An toàn số: đổi mật khẩu điện thoại, tài khoản mạng xã hội, tắt "
                                "chia sẻ vị trí.</li>"
                                "<li>Xem lại kế hoạch mỗi khi hoàn cảnh thay đổi.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cuộc gọi của người chồng",
                                "situation": (
                                    "<p>Tiếp tục tình huống trên: chị L. không muốn báo công an vì sợ "
                                    "chồng bị bắt thì mẹ con không ai nuôi, nhưng cũng không dám về nhà. "
                                    "Một giờ sau, người chồng gọi cho chị H., hỏi có thấy vợ anh ta "
                                    "không.</p>"
                                ),
                                "questions": [
                                    "Chị H. nên trả lời cuộc gọi thế nào?",
                                    "Thương tích của chị L. cần được xử lý ra sao trong đêm?",
                                    "Làm sao tôn trọng mong muốn của chị L. mà vẫn bảo đảm an toàn?",
                                    "Sáng mai, cần kết nối chị L. với những ai?",
                                ],
                                "discussion": (
                                    "<p>Chị H. không xác nhận chị L. đang ở nhà mình và không tranh cãi; "
                                    "nếu người chồng đe dọa hoặc tìm đến, gọi ngay công an xã hoặc 113. "
                                    "Vết thương ở đầu, mặt nên được khám sớm; gọi 115 nếu thương tích "
                                    "nặng.</p>"
                                    "<p>Tôn trọng mong muốn của chị nghĩa là giải thích các lựa chọn (cấm "
                                    "tiếp xúc theo đề nghị của chị, nơi tạm lánh, trợ giúp pháp lý) và nói "
                                    "thật những gì chị H. phải báo cho cán bộ xã theo quy chế mô hình. "
                                    "Sáng mai, nếu chị đồng ý, kết nối chị với cán bộ phụ trách của xã, "
                                    "trạm y tế, hoặc gọi 1900 969 680.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Lắng nghe trước, giải pháp sau",
                                "text": (
                                    "<p>Những giờ đầu, người bị bạo lực cần được an toàn, được tin và "
                                    "được lắng nghe hơn là được khuyên. Sơ cứu tâm lý không phải trị "
                                    "liệu.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Kết nối dịch vụ, chuyển tuyến và bảo mật hồ sơ",
                    "slug": "ket-noi-dich-vu-chuyen-tuyen-bao-mat",
                    "summary": (
                        "Gói dịch vụ thiết yếu, quy trình chuyển tuyến an toàn, vị trí của cộng tác "
                        "viên trong quản lý ca và cách giữ bí mật hồ sơ."
                    ),
                    "body": [
                        {"type": "heading", "value": "Gói dịch vụ thiết yếu"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Gói dịch vụ thiết yếu cho phụ nữ và trẻ em gái bị bạo lực do UN "
                                "Women, UNFPA, WHO, UNDP và UNODC xây dựng năm 2015, được giới thiệu tại "
                                "Việt Nam ngày 22/11/2017. Gói gồm năm học phần: tổng quan; y tế; tư "
                                "pháp và hành pháp; dịch vụ xã hội; điều phối và quản trị điều phối. "
                                "Dịch vụ cần sẵn có, dễ tiếp cận, ưu tiên an toàn, bảo mật và được kết "
                                "nối qua điều phối. Ví dụ dịch vụ tích hợp: Ngôi nhà Ánh Dương (UNFPA hỗ "
                                "trợ, đầu tiên ở Quảng Ninh, 4/2020) cung cấp nhiều dịch vụ tại một "
                                "điểm.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Chuyển tuyến an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chuyển tuyến là quy trình rõ ràng để người bị bạo lực nhận được dịch "
                                "vụ y tế, tâm lý – xã hội, tư pháp, tạm lánh và hỗ trợ kinh tế. Mỗi nơi "
                                "biết nhiệm vụ của mình, biết chuyển tiếp đến đâu và bằng cách nào. "
                                "Người không chuyên về BLG, như cộng tác viên, chủ địa chỉ tin cậy, nên "
                                "chuyển người bị bạo lực tới người quản lý ca hoặc đường dây nóng "
                                "chuyên về BLG, thay vì tự tư vấn sâu.</p>"
                                "<p>Quản lý ca (Hướng dẫn liên cơ quan, 2017) có sáu bước: giới thiệu và "
                                "tiếp cận; đánh giá; lập kế hoạch; thực hiện; theo dõi; đóng ca. Cộng "
                                "tác viên thường góp phần ở bước đầu và hỗ trợ theo dõi.</p>"
                                "<h3>Danh bạ chuyển tuyến của xã</h3>"
                                "<p>Ghi: dịch vụ, đầu mối, số điện thoại, giờ làm việc, phí, giấy tờ "
                                "cần mang. Tối thiểu gồm công an xã và 113; trạm y tế và 115; cán bộ "
                                "phụ trách của xã; Hội Phụ nữ; nơi trợ giúp pháp lý; 111; 1900 969 680. "
                                "Chỉ ghi số đã xác minh.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Chuyển tuyến cho chị Y. ở thôn vùng cao",
                                "situation": (
                                    "<p>Chị Y., người dân tộc thiểu số ở một thôn của xã Bác Ái, đến nhà "
                                    "cộng tác viên kể chồng thường xuyên đánh và không cho chị đi làm "
                                    "rẫy thuê để có tiền riêng. Chị chưa thạo tiếng phổ thông, nhà cách "
                                    "trạm y tế gần một giờ xe máy, không có điện thoại riêng. Chị muốn "
                                    "“có người nói chuyện với chồng” nhưng sợ cán bộ đến nhà thì bị đánh "
                                    "nặng hơn.</p>"
                                ),
                                "questions": [
                                    "Chị Y. đang có những nhu cầu gì?",
                                    "Nên chuyển tuyến đến đâu trước, và xin sự đồng ý của chị thế nào?",
                                    "Cần giải quyết những rào cản nào khi chuyển tuyến?",
                                    "Đáp ứng mong muốn “nói chuyện với chồng” thế nào để chị không nguy hiểm hơn?",
                                ],
                                "discussion": (
                                    "<p>Chị có thể cần khám thương tích, kế hoạch an toàn, hỗ trợ tâm "
                                    "lý, thông tin pháp lý và về lâu dài là sinh kế riêng (không cho đi "
                                    "làm là kiểm soát kinh tế). Nhờ một phụ nữ cùng dân tộc mà chị tin "
                                    "phiên dịch, hỏi chị muốn bắt đầu từ đâu; hẹn gặp cán bộ phụ trách "
                                    "vào ngày chị đi chợ để không gây chú ý.</p>"
                                    "<p>Việc tác động tới người chồng chỉ nên làm sau khi đã đánh giá rủi "
                                    "ro cùng chị và có kế hoạch an toàn, và không để người chồng biết chị "
                                    "là người đã đi báo.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước khi chuyển tuyến",
                                "items": [
                                    "Người bị bạo lực hiểu sẽ đi đâu, để làm gì, và đã đồng ý.",
                                    "Đã hỏi cách liên lạc an toàn.",
                                    "Đã gọi trước cho nơi nhận.",
                                    "Đã tính phương tiện, người đi cùng, phiên dịch.",
                                    "Chỉ chia sẻ thông tin tối thiểu, không qua nhóm chat.",
                                    "Sổ ghi chép dùng mã số thay họ tên, cất tủ có khóa.",
                                    "Đã hẹn ngày theo dõi lại.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Không ai làm một mình",
                                "text": (
                                    "<p>Không một người nào đáp ứng được mọi nhu cầu của người bị bạo "
                                    "lực. Địa chỉ tin cậy làm tốt vai trò khi biết giới hạn của mình và "
                                    "chuyển tuyến đúng, kịp thời, an toàn.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Mô hình ở trường học, nơi làm việc và nơi công cộng",
            "slug": "mo-hinh-truong-hoc-noi-lam-viec-noi-cong-cong",
            "summary": (
                "Trường học an toàn, thân thiện, không bạo lực; phòng, chống quấy rối tình dục tại "
                "doanh nghiệp; thành phố, làng quê an toàn, thân thiện với phụ nữ và trẻ em."
            ),
            "description": (
                "<p>Khóa học hướng dẫn triển khai ba mô hình trong Kế hoạch năm 2023 của tỉnh: mô hình "
                "trường học đã hình thành (căn cứ Nghị định 80/2017/NĐ-CP) và hai mô hình thí điểm mới "
                "ở doanh nghiệp và nơi công cộng. Với mô hình thí điểm, nội dung là gợi ý thực hành; "
                "khi triển khai chính thức cần bám theo hướng dẫn của cơ quan chủ trì.</p>"
            ),
            "estimated_hours": "3",
            "objectives": [
                "Nêu được căn cứ và các hoạt động chính của mô hình trường học an toàn.",
                "Nhận diện quấy rối tình dục nơi làm việc và các bước thí điểm mô hình tại doanh nghiệp.",
                "Tổ chức khảo sát an toàn cùng phụ nữ, trẻ em và biến kết quả thành hành động.",
            ],
            "lessons": [
                {
                    "title": "Trường học an toàn, thân thiện, không bạo lực",
                    "slug": "truong-hoc-an-toan-than-thien-khong-bao-luc",
                    "summary": (
                        "Căn cứ Nghị định 80/2017/NĐ-CP, vai trò của trường học trong phát hiện sớm "
                        "bạo lực và các hoạt động gợi ý."
                    ),
                    "body": [
                        {"type": "heading", "value": "Căn cứ và nhiệm vụ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nghị định 80/2017/NĐ-CP quy định về môi trường giáo dục an toàn, "
                                "lành mạnh, thân thiện, phòng, chống bạo lực học đường; ký ngày "
                                "17/7/2017, hiệu lực từ 05/9/2017. Môi trường giáo dục lành mạnh là môi "
                                "trường không có tệ nạn xã hội, không có bạo lực.</p>"
                                "<p>Kế hoạch năm 2023 của tỉnh coi “trường học an toàn, thân thiện, "
                                "không bạo lực” là mô hình đã hình thành cần duy trì, nhân rộng. Ngành "
                                "giáo dục được giao bảo đảm môi trường giáo dục an toàn, phòng, chống "
                                "bạo lực học đường và lồng ghép tuyên truyền phòng ngừa, ứng phó với "
                                "BLG trong phong trào “Xây dựng trường học thân thiện, học sinh tích "
                                "cực”.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Vì sao trường học là điểm then chốt"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Trường học vừa là nơi hình thành quan niệm về giới, vừa là nơi phát "
                                "hiện sớm bạo lực. Theo Điều 19 Luật Phòng, chống bạo lực gia đình "
                                "2022, cơ sở giáo dục nơi người bị bạo lực đang học là một địa chỉ "
                                "tiếp nhận tin báo. Giáo viên chủ nhiệm thường là người đầu tiên thấy "
                                "học sinh thay đổi: hay vắng, sợ về nhà, có vết thương, thu mình, hoặc "
                                "đột ngột nói sắp nghỉ học để lấy chồng.</p>"
                                "<p>Bạo lực liên quan đến giới ở trường có thể là: trêu chọc về ngoại "
                                "hình, giới tính; đụng chạm, quấy rối; chụp lén, phát tán ảnh.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Hoạt động gợi ý"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li>Lồng ghép nội dung về giới, tôn trọng cơ thể, quan hệ lành mạnh "
                                "vào sinh hoạt lớp, hoạt động Đoàn, Đội.</li>"
                                "<li>Có kênh tiếp nhận kín đáo: hộp thư, giáo viên tư vấn học sinh tin "
                                "tưởng; phổ biến số 111.</li>"
                                "<li>Thống nhất quy trình: ai tiếp nhận, ai báo hiệu trưởng, khi nào "
                                "liên hệ UBND xã, công an, gia đình; luôn giữ an toàn và bí mật cho học "
                                "sinh.</li>"
                                "<li>Rà soát góc khuất, nhà vệ sinh, đường đến trường.</li>"
                                "<li>Phối hợp Hội Phụ nữ, Đoàn Thanh niên truyền thông cho cha mẹ, kể "
                                "cả về tảo hôn.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Em K. và chuyện nghỉ học",
                                "situation": (
                                    "<p>Em K., học sinh nữ lớp 9 ở xã Bác Ái Đông, nghỉ học một tuần. Cô "
                                    "chủ nhiệm đến nhà, mẹ em nói gia đình đã nhận lời cho em lấy chồng "
                                    "sau mùa rẫy vì “con gái lớn rồi, học cũng không để làm gì”. Hôm "
                                    "sau, K. nhắn cho cô: “Em muốn đi học, nhưng em không dám cãi "
                                    "bố.”</p>"
                                ),
                                "questions": [
                                    "Tình huống liên quan đến hành vi nào được Luật năm 2022 liệt kê?",
                                    "Cô giáo nên trả lời tin nhắn của K. thế nào để em an toàn?",
                                    "Nhà trường cần phối hợp với những ai?",
                                    "Làm sao thay đổi quan niệm của gia đình mà không đẩy K. vào thế khó hơn?",
                                ],
                                "discussion": (
                                    "<p>Cưỡng ép tảo hôn là hành vi bạo lực gia đình theo Điều 3; buộc em "
                                    "nghỉ học còn là từ chối cơ hội vì lý do giới. Cô giáo trả lời ngắn, "
                                    "trấn an em không có lỗi, cô sẽ tìm cách giúp, và hỏi lúc nào nhắn tin "
                                    "thì an toàn. Cô báo hiệu trưởng theo quy trình; nhà trường báo UBND "
                                    "xã để cán bộ phụ trách trẻ em, Hội Phụ nữ cùng vào cuộc; có thể gọi "
                                    "111 để được tư vấn.</p>"
                                    "<p>Khi làm việc với gia đình, nên có người được gia đình tôn trọng, "
                                    "như người có uy tín hay cán bộ Hội cùng dân tộc, nói về quyền được "
                                    "học và tương lai của em, thay vì chỉ nói chuyện xử phạt. Không tiết "
                                    "lộ việc K. đã nhắn tin cho cô.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Trường học an toàn là gì",
                                "text": (
                                    "<p>Không chỉ là không có đánh nhau: đó là nơi mọi học sinh, trai "
                                    "hay gái, được tôn trọng, được học, và biết tìm ai khi gặp nguy "
                                    "hiểm, kể cả nguy hiểm ở nhà.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Phòng, chống quấy rối tình dục tại doanh nghiệp",
                    "slug": "phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep",
                    "summary": (
                        "Mô hình thí điểm do Liên đoàn Lao động chủ trì: nhận diện quấy rối tình dục "
                        "nơi làm việc và các bước triển khai trong doanh nghiệp."
                    ),
                    "body": [
                        {"type": "heading", "value": "Mô hình thí điểm trong Kế hoạch của tỉnh"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch năm 2023 đưa mô hình phòng, chống quấy rối tình dục tại "
                                "doanh nghiệp vào nhóm thí điểm mới: Liên đoàn Lao động chủ trì, phối "
                                "hợp với Ban quản lý các khu công nghiệp, khu chế xuất và doanh nghiệp "
                                "trên địa bàn. Kế hoạch cũng đề nghị khuyến khích công đoàn cơ sở cùng cơ "
                                "quan chuyên môn áp dụng hướng dẫn về phòng, chống quấy rối tình dục tại "
                                "nơi làm việc.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Nhận diện quấy rối tình dục"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quấy rối tình dục là một dạng bạo lực tình dục. Ở nơi làm việc, nó "
                                "có thể là:</p>"
                                "<ul>"
                                "<li><b>Lời nói</b>: bình luận về cơ thể, đùa tục, gạ gẫm.</li>"
                                "<li><b>Hành động</b>: đụng chạm, ôm, cố tình áp sát.</li>"
                                "<li><b>Phi lời nói</b>: nhìn chằm chằm, cử chỉ khiếm nhã, cho xem hình "
                                "ảnh khiêu dâm.</li>"
                                "<li><b>Qua mạng</b>: tin nhắn, hình ảnh, cuộc gọi khiếm nhã.</li>"
                                "<li><b>Đổi chác</b>: gợi ý chuyện tình dục để đổi lấy tăng ca, giữ "
                                "việc, chuyển vị trí.</li>"
                                "</ul>"
                                "<p>Dấu hiệu cốt lõi là hành vi <b>không được mong muốn</b>. Người có "
                                "quyền với công việc của người khác (tổ trưởng, quản đốc) càng phải giữ "
                                "ranh giới.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Các bước triển khai gợi ý"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ol>"
                                "<li><b>Khảo sát</b>: phiếu hỏi không ghi tên, thảo luận nhóm riêng cho "
                                "lao động nữ và nam.</li>"
                                "<li><b>Cam kết</b> công khai của lãnh đạo doanh nghiệp và công đoàn.</li>"
                                "<li><b>Quy định nội bộ</b>: hành vi bị cấm, cách khiếu nại, thời hạn "
                                "xử lý, kỷ luật, cấm trả đũa người tố cáo.</li>"
                                "<li><b>Kênh tiếp nhận bảo mật</b>: ít nhất hai kênh, có người tiếp "
                                "nhận là nữ, không phải qua quản lý trực tiếp.</li>"
                                "<li><b>Tập huấn</b> cho quản lý, tổ trưởng, công đoàn, người lao "
                                "động, kể cả cách can thiệp khi chứng kiến.</li>"
                                "<li><b>Kết nối</b> tư vấn tâm lý, trợ giúp pháp lý, công an khi có dấu "
                                "hiệu tội phạm.</li>"
                                "<li><b>Theo dõi, báo cáo</b> về Liên đoàn Lao động.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Tin nhắn của tổ trưởng",
                                "situation": (
                                    "<p>Chị M., 24 tuổi, công nhân một doanh nghiệp may trong khu công "
                                    "nghiệp của tỉnh, nhiều lần nhận tin nhắn lúc khuya từ tổ trưởng: "
                                    "khen “dáng đẹp”, rủ đi cà phê riêng. Chị từ chối, tổ trưởng thôi "
                                    "xếp chị tăng ca, thu nhập giảm. Chị kể với cán bộ công đoàn nhưng "
                                    "xin “đừng làm lớn, em sợ mất việc”.</p>"
                                ),
                                "questions": [
                                    "Hành vi nào của tổ trưởng là quấy rối tình dục?",
                                    "Cán bộ công đoàn làm gì để vừa tôn trọng mong muốn của chị M., vừa ngăn chặn hành vi?",
                                    "Doanh nghiệp cần có sẵn những gì để xử lý trường hợp như thế này?",
                                ],
                                "discussion": (
                                    "<p>Tin nhắn gợi dục không được mong muốn, cộng với việc cắt tăng ca "
                                    "sau khi bị từ chối, cho thấy quấy rối có yếu tố đổi chác và trả "
                                    "đũa. Cán bộ công đoàn trấn an chị không có lỗi, hướng dẫn chị lưu "
                                    "lại tin nhắn, giải thích các lựa chọn: góp ý không chính thức qua "
                                    "công đoàn, khiếu nại theo quy định nội bộ, hoặc tìm tư vấn bên "
                                    "ngoài. Mọi bước cần chị đồng ý và được giữ bí mật; việc xếp tăng ca "
                                    "cần được xem lại ngay để chị không bị thiệt.</p>"
                                    "<p>Doanh nghiệp cần có sẵn quy định nội bộ, kênh tiếp nhận không qua "
                                    "quản lý trực tiếp và cam kết không trả đũa (xem bảng kiểm).</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Doanh nghiệp đã sẵn sàng chưa?",
                                "items": [
                                    "Có cam kết bằng văn bản của lãnh đạo và công đoàn.",
                                    "Quy định nội bộ được phổ biến tới mọi người lao động.",
                                    "Có ít nhất hai kênh tiếp nhận bảo mật.",
                                    "Người tiếp nhận đã được tập huấn.",
                                    "Có quy định cấm trả đũa.",
                                    "Có danh bạ dịch vụ hỗ trợ bên ngoài.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Không phải “chuyện đùa”",
                                "text": (
                                    "<p>Quấy rối tình dục không phải chuyện đùa. Mục tiêu là để người "
                                    "lao động dám lên tiếng mà không sợ mất việc.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Thành phố, làng quê an toàn, thân thiện với phụ nữ và trẻ em",
                    "slug": "lang-que-an-toan-than-thien",
                    "summary": (
                        "Khảo sát an toàn cùng phụ nữ, trẻ em và biến bản đồ điểm nguy cơ thành hành "
                        "động của thôn, xã."
                    ),
                    "body": [
                        {"type": "heading", "value": "Mô hình trong Kế hoạch năm 2023"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Mô hình thành phố/làng quê an toàn, thân thiện với phụ nữ và trẻ em "
                                "là mô hình thí điểm mới. Kế hoạch yêu cầu khảo sát, lựa chọn mô hình "
                                "phù hợp với địa phương, rồi xây dựng, triển khai theo hướng dẫn của Bộ "
                                "Lao động – Thương binh và Xã hội và cơ quan chủ trì. Vì vậy, bài này "
                                "đưa ra gợi ý thực hành để chuẩn bị khảo sát.</p>"
                                "<p>Ý tưởng chung: phụ nữ và trẻ em có quyền đi lại, học tập, làm việc, "
                                "vui chơi ở nơi công cộng mà không phải sợ bị quấy rối, tấn công. An "
                                "toàn nơi công cộng là trách nhiệm của chính quyền và cộng đồng, không "
                                "phải của riêng người phụ nữ “tự biết giữ mình”.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Đi bộ khảo sát an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Một nhóm gồm phụ nữ, trẻ em gái, cán bộ thôn, công an viên cùng đi "
                                "qua các tuyến đường, địa điểm quen thuộc vào ban ngày và buổi tối, ghi "
                                "lại nơi khiến họ thấy không an toàn và lý do. Ở nông thôn, ven biển, đó "
                                "có thể là: đường qua cánh đồng, vườn nho không có đèn; bãi biển, bến cá "
                                "vắng người lúc sáng sớm; đường đến trường qua đồi; bến xe, chợ đêm; "
                                "khu nhà trọ công nhân.</p>"
                                "<p>Kết quả được vẽ thành bản đồ đơn giản của thôn, đánh dấu điểm nguy "
                                "cơ và đề xuất giải pháp. Trẻ em tham gia cần có sự đồng ý của cha mẹ, "
                                "có người lớn đi cùng, và không bị hỏi về trải nghiệm bạo lực riêng tư "
                                "trước nhóm.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Từ bản đồ đến hành động"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li>Lắp đèn, phát quang bụi rậm ở điểm nguy cơ.</li>"
                                "<li>Tổ tự quản, đoàn viên thanh niên đưa đón học sinh qua đoạn đường "
                                "vắng.</li>"
                                "<li>Treo bảng thông tin nơi báo tin, số 113, 111 ở chợ, bến xe, nhà văn "
                                "hóa.</li>"
                                "<li>Tập huấn cho tài xế, tiểu thương, chủ nhà trọ cách can thiệp an "
                                "toàn khi chứng kiến quấy rối.</li>"
                                "<li>Đưa nội dung an toàn trên mạng vào sinh hoạt thanh thiếu niên, theo "
                                "chủ đề Tháng hành động năm 2025 về an toàn cho phụ nữ và trẻ em gái "
                                "trong kỷ nguyên số.</li>"
                                "<li>Đưa đề xuất vào kế hoạch của xã và theo dõi thực hiện.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Con đường ra bến cá",
                                "situation": (
                                    "<p>Ở một thôn ven biển thuộc xã Cà Ná, nhiều phụ nữ đi bộ ra bến "
                                    "cá lúc 4 giờ sáng để mua cá về chợ bán. Trong buổi họp chi hội, vài "
                                    "chị kể từng bị nhóm thanh niên đi xe máy chặn đường trêu ghẹo, có "
                                    "người bị giật túi. Các chị không báo ai vì “không biết là ai, báo "
                                    "cũng vậy”.</p>"
                                ),
                                "questions": [
                                    "Nên tổ chức khảo sát con đường này thế nào?",
                                    "Giải pháp nào nằm trong tầm tay của thôn, của xã?",
                                    "Làm sao để các chị tin rằng báo tin là có ích?",
                                ],
                                "discussion": (
                                    "<p>Đi khảo sát đúng khung giờ các chị thường đi, cùng các chị và "
                                    "công an xã, ghi lại điểm tối, điểm vắng. Giải pháp trong tầm tay: "
                                    "đèn ở đoạn nguy cơ, đi theo nhóm, tổ tự quản tuần tra lúc sáng sớm, "
                                    "phổ biến số điện thoại của công an viên phụ trách. Để người dân tin "
                                    "báo tin là có ích, công an và thôn cần phản hồi mỗi tin báo và thông "
                                    "báo các biện pháp đã làm, nhưng không nêu tên người báo.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Hỏi chính người cảm thấy không an toàn",
                                "text": (
                                    "<p>Không gian an toàn được tạo ra khi lắng nghe những người cảm "
                                    "thấy không an toàn. Hãy để phụ nữ và trẻ em gái chỉ ra vấn đề và "
                                    "cùng quyết định giải pháp.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Nam giới tiên phong và hỗ trợ nhóm dễ bị tổn thương",
            "slug": "nam-gioi-tien-phong-va-nhom-de-bi-ton-thuong",
            "summary": (
                "Câu lạc bộ nam giới tiên phong, câu lạc bộ phòng, chống bạo lực với phụ nữ và trẻ em "
                "gái khuyết tật, và cách rà soát, đánh giá, nhân rộng mô hình."
            ),
            "description": (
                "<p>Khóa học giới thiệu hai mô hình thí điểm mới trong Kế hoạch năm 2023 của tỉnh, "
                "hướng tới nam giới và phụ nữ, trẻ em gái khuyết tật, rồi khép lại bằng kỹ năng rà "
                "soát, đánh giá, báo cáo và nhân rộng mô hình mà mọi cán bộ, cộng tác viên đều cần.</p>"
            ),
            "estimated_hours": "3",
            "objectives": [
                "Tổ chức sinh hoạt câu lạc bộ nam giới tiên phong an toàn, hiệu quả.",
                "Nhận diện các dạng bạo lực đặc thù với phụ nữ, trẻ em gái khuyết tật và tổ chức câu lạc bộ dễ tiếp cận.",
                "Chọn chỉ số đơn giản, báo cáo bảo mật và đề xuất nhân rộng mô hình.",
            ],
            "lessons": [
                {
                    "title": "Câu lạc bộ nam giới tiên phong",
                    "slug": "cau-lac-bo-nam-gioi-tien-phong",
                    "summary": (
                        "Vì sao cần nam giới tham gia, kinh nghiệm từ Đà Nẵng và cách tổ chức câu lạc "
                        "bộ ở thôn."
                    ),
                    "body": [
                        {"type": "heading", "value": "Vì sao cần nam giới tham gia"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch năm 2023 của tỉnh chú trọng sự tham gia của nam giới, trẻ "
                                "em trai, thanh niên và người có uy tín để tạo thay đổi trong xã hội, "
                                "và đưa mô hình “nam giới tiên phong trong phòng ngừa và ứng phó với "
                                "BLG” vào nhóm thí điểm mới. Khi một người anh em, bạn bè hay trưởng họ "
                                "nói “đánh vợ là hèn”, lời nói ấy có thể có sức nặng khác với lời của "
                                "cán bộ.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Kinh nghiệm từ Đà Nẵng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Câu lạc bộ “Nam giới tiên phong phòng ngừa bạo lực với phụ nữ” do "
                                "Hội Liên hiệp Phụ nữ thành phố Đà Nẵng và UN Women triển khai từ năm "
                                "2014; Đà Nẵng duy trì 16 câu lạc bộ với 550 thành viên, và mô hình đã "
                                "được nhân rộng ở Thành phố Hồ Chí Minh. Tài liệu hướng dẫn viên có tên "
                                "“Thay đổi các chuẩn mực nam tính, xây dựng các mối quan hệ tôn trọng "
                                "và bình đẳng với phụ nữ”: trọng tâm là thay đổi cách hiểu thế nào là "
                                "đàn ông.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Tổ chức câu lạc bộ ở thôn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Thành viên</b>: nam giới tự nguyện, nhiều lứa tuổi; mời cả người "
                                "có uy tín, trưởng họ.</li>"
                                "<li><b>Người hướng dẫn</b>: nam giới đã được tập huấn, có thái độ bình "
                                "đẳng giới, phối hợp chặt với Hội Phụ nữ.</li>"
                                "<li><b>Lịch sinh hoạt</b>: định kỳ, vào giờ nam giới rảnh, ví dụ buổi "
                                "tối hoặc ngày không đi biển.</li>"
                                "<li><b>Chủ đề gợi ý</b>: thế nào là đàn ông; kiềm chế cơn giận, rượu "
                                "bia; chia sẻ việc nhà; cùng vợ quản lý tiền; Luật năm 2022; tôn trọng "
                                "sự đồng ý trong quan hệ tình dục.</li>"
                                "<li><b>Ra cộng đồng</b>: thành viên tham gia truyền thông trong các "
                                "tháng hành động.</li>"
                                "</ul>"
                                "<p>Câu lạc bộ bổ trợ cho biện pháp giáo dục, hỗ trợ chuyển đổi hành vi "
                                "trong Luật năm 2022 và mục tiêu của Chiến lược quốc gia về bình đẳng "
                                "giới (50% người gây bạo lực được tư vấn, tham vấn vào năm 2025), nhưng "
                                "không thay thế việc xử lý theo pháp luật.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Một câu nói trong buổi sinh hoạt",
                                "situation": (
                                    "<p>Trong buổi sinh hoạt câu lạc bộ ở xã Ninh Sơn, anh Q. nói: “Vợ "
                                    "lắm lời thì tôi mới phải dạy, chứ tôi có đánh đau đâu. Đàn ông "
                                    "không giữ được nề nếp trong nhà thì ai coi ra gì.” Vài thành viên "
                                    "cười, gật gù.</p>"
                                ),
                                "questions": [
                                    "Người hướng dẫn nên phản hồi ngay lúc đó thế nào?",
                                    "Làm sao để các thành viên tự nhận ra vấn đề, thay vì chỉ nghe giảng?",
                                    "Cần làm gì thêm để bảo đảm an toàn cho vợ anh Q.?",
                                ],
                                "discussion": (
                                    "<p>Không bỏ qua, nhưng cũng không làm anh Q. bẽ mặt. Có thể cảm ơn "
                                    "anh đã nói thẳng, rồi hỏi cả nhóm: “Nếu ai đó ‘dạy’ con gái các anh "
                                    "như vậy thì sao?”, “Chị ấy cảm thấy thế nào?”, “Còn cách nào khác để "
                                    "giải quyết bất đồng?”. Nhắc rằng đánh, dù “không đau”, và lăng mạ "
                                    "đều là bạo lực gia đình theo Luật năm 2022.</p>"
                                    "<p>Sau đó, người hướng dẫn gặp riêng anh Q. và trao đổi kín với Hội "
                                    "Phụ nữ để tiếp cận vợ anh một cách an toàn.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Nguyên tắc an toàn của câu lạc bộ nam giới",
                                "items": [
                                    "Không dùng câu lạc bộ để hòa giải hay ép người bị bạo lực quay về.",
                                    "Không đem tên, chuyện riêng của vợ con thành viên ra bàn.",
                                    "Luôn phối hợp với Hội Phụ nữ, lắng nghe phụ nữ trong cộng đồng.",
                                    "Khi biết có bạo lực đang diễn ra, báo cán bộ phụ trách theo quy trình.",
                                    "Không biến câu lạc bộ thành nơi bênh vực hành vi bạo lực.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Nam giới là đồng minh",
                                "text": (
                                    "<p>Câu lạc bộ thành công khi chính các thành viên nói với nhau rằng "
                                    "bạo lực không làm ai trở thành đàn ông đích thực.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Câu lạc bộ phòng, chống bạo lực với phụ nữ và trẻ em gái khuyết tật",
                    "slug": "cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat",
                    "summary": (
                        "Nguy cơ kép của phụ nữ, trẻ em gái khuyết tật, các dạng bạo lực đặc thù và cách "
                        "tổ chức câu lạc bộ dễ tiếp cận."
                    ),
                    "body": [
                        {"type": "heading", "value": "Vì sao cần một mô hình riêng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch năm 2023 đưa mô hình Câu lạc bộ phòng, chống bạo lực với "
                                "phụ nữ và trẻ em gái khuyết tật vào nhóm thí điểm mới, cần khảo sát, "
                                "lựa chọn cho phù hợp địa phương. Phụ nữ, trẻ em gái khuyết tật có thể "
                                "chịu nguy cơ kép, vì giới và vì khuyết tật: phụ thuộc người khác trong "
                                "sinh hoạt, khó tự đến nơi báo tin, có khi khó diễn đạt điều đã xảy ra, "
                                "và lời kể dễ bị nghi ngờ.</p>"
                                "<p>Theo Luật năm 2022, bỏ mặc, không chăm sóc người khuyết tật và kỳ "
                                "thị về năng lực đều là bạo lực gia đình.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Một số dạng bạo lực đặc thù"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li>Cố ý không cho dùng xe lăn, nạng, máy trợ thính hoặc thuốc.</li>"
                                "<li>Giữ, tiêu xài tiền trợ cấp hay thu nhập của người khuyết tật.</li>"
                                "<li>Nhốt trong nhà “cho an toàn”, không cho đi học, đi sinh hoạt.</li>"
                                "<li>Xâm hại tình dục, lợi dụng việc nạn nhân khó phản kháng, khó kể "
                                "lại.</li>"
                                "<li>Quyết định thay về hôn nhân, sinh con.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": (
                                    "Tình huống có đề cập nghi vấn xâm hại tình dục một trẻ em gái "
                                    "khuyết tật (không mô tả chi tiết)."
                                ),
                                "body": (
                                    "<p>Chị S. ở xã Thuận Bắc có con gái 14 tuổi khiếm thính, chưa được "
                                    "học ngôn ngữ ký hiệu. Gần đây em hay khóc, sợ hãi mỗi khi người "
                                    "hàng xóm sang “trông giúp” em lúc chị đi làm. Một hôm, em ra dấu cho "
                                    "mẹ hiểu người đó đã đụng chạm vào cơ thể em. Chị S. kể với chi hội "
                                    "trưởng: <i>“Tôi nói ra ai tin? Nó đâu có nói được. Người ta là chỗ "
                                    "quen, làng xóm sẽ bảo tôi vu oan.”</i></p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Khi người bị hại khó kể lại",
                                "situation": (
                                    "<p>Chi hội trưởng nghe chị S. kể câu chuyện trên (xem phần lưu ý "
                                    "nội dung). Chị đang cùng xã xây dựng câu lạc bộ phụ nữ và trẻ em gái "
                                    "khuyết tật.</p>"
                                ),
                                "questions": [
                                    "Việc đầu tiên cần làm để bảo vệ em là gì?",
                                    "Cần hỗ trợ thế nào để em trình bày được với cơ quan chức năng?",
                                    "Câu lạc bộ có thể làm gì để những trường hợp tương tự được phát hiện sớm hơn?",
                                ],
                                "discussion": (
                                    "<p>Đây là nghi vấn xâm hại tình dục trẻ em, cần báo ngay: gọi 111 để "
                                    "được tư vấn, kết nối; báo công an (113 hoặc công an xã) và UBND xã; "
                                    "bảo đảm em không còn ở một mình với người bị nghi ngờ. Chi hội "
                                    "trưởng tin lời chị S., không tự điều tra, không đối chất với người "
                                    "hàng xóm.</p>"
                                    "<p>Em cần được chăm sóc y tế và hỗ trợ bởi người thông thạo ngôn ngữ "
                                    "ký hiệu hoặc cách giao tiếp phù hợp; tránh hỏi em nhiều lần ở nhiều "
                                    "nơi. Về lâu dài, câu lạc bộ giúp các em học về cơ thể, ranh giới, "
                                    "cách báo khi không an toàn bằng hình ảnh, ký hiệu; và giúp các bà mẹ "
                                    "có nhóm hỗ trợ để bớt cô độc, bớt sợ dư luận.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Tổ chức câu lạc bộ dễ tiếp cận"},
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Câu lạc bộ của chúng ta đã dễ tiếp cận chưa?",
                                "items": [
                                    "Địa điểm ở tầng trệt, lối đi bằng phẳng, có nhà vệ sinh dùng được.",
                                    "Có phiên dịch ngôn ngữ ký hiệu, tài liệu chữ to, hình ảnh.",
                                    "Phụ nữ khuyết tật tham gia ban chủ nhiệm hoặc đồng hướng dẫn.",
                                    "Có phần sinh hoạt riêng không có người chăm sóc đi cùng.",
                                    "Có hỗ trợ đi lại cho thành viên ở xa.",
                                    "Kết hợp hoạt động sinh kế, tự chủ tài chính.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Hỏi trực tiếp người khuyết tật",
                                "text": (
                                    "<p>Khuyết tật không làm giảm quyền được an toàn và được tin. Hãy "
                                    "hỏi chính người khuyết tật họ muốn gì, bằng cách giao tiếp họ dùng, "
                                    "thay vì chỉ hỏi người nhà.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Rà soát, đánh giá và nhân rộng mô hình",
                    "slug": "ra-soat-danh-gia-nhan-rong-mo-hinh",
                    "summary": (
                        "Yêu cầu của Kế hoạch về duy trì, nhân rộng mô hình; bộ chỉ số đơn giản; giữ bí "
                        "mật khi báo cáo."
                    ),
                    "body": [
                        {"type": "heading", "value": "Yêu cầu của Kế hoạch năm 2023"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Với các mô hình đã có, Kế hoạch yêu cầu: rà soát, đánh giá hiệu quả "
                                "để mở rộng đối tượng, tăng lợi ích của dịch vụ, bảo đảm luôn sẵn sàng "
                                "hỗ trợ; tăng cường tuyên truyền để người dân biết và sử dụng; nhân "
                                "rộng sang địa bàn khác, tham quan, chia sẻ kinh nghiệm; nâng cao chất "
                                "lượng qua đào tạo đội ngũ nòng cốt, khen thưởng. Kế hoạch cũng yêu cầu "
                                "kiểm tra, giám sát liên ngành và báo cáo trước ngày 15/12 hằng "
                                "năm.</p>"
                                "<p>Từ 01/7/2025, chính quyền địa phương có hai cấp và tỉnh Ninh Thuận "
                                "hợp nhất vào tỉnh Khánh Hòa; đầu mối nhận báo cáo cần theo phân công "
                                "hiện hành.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Chọn chỉ số đơn giản, đo được"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Một bộ chỉ số nhỏ nhưng ghi chép đều đặn hữu ích hơn một hệ thống "
                                "phức tạp. Gợi ý:</p>"
                                "<ul>"
                                "<li><b>Đầu vào</b>: số địa chỉ tin cậy, câu lạc bộ đang hoạt động; số "
                                "cán bộ, cộng tác viên đã được tập huấn.</li>"
                                "<li><b>Hoạt động</b>: số buổi sinh hoạt, truyền thông; số người tham "
                                "dự, tách theo giới, độ tuổi, khuyết tật.</li>"
                                "<li><b>Hỗ trợ</b>: số lượt người tìm đến; số trường hợp được chuyển "
                                "tuyến, loại dịch vụ; số trường hợp được theo dõi sau chuyển tuyến.</li>"
                                "<li><b>So với chỉ tiêu</b>: tỷ lệ trường hợp có nhu cầu được trợ giúp "
                                "(chỉ tiêu của tỉnh năm 2023 là 90%).</li>"
                                "<li><b>Hiểu biết</b>: tỷ lệ người dân biết ít nhất một nơi báo "
                                "tin.</li>"
                                "</ul>"
                                "<p>Số vụ được ghi nhận tăng chưa chắc là bạo lực tăng; có khi đó là dấu "
                                "hiệu người dân đã tin và dám tìm đến. Báo cáo cần giải thích điều "
                                "này.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Giữ bí mật khi báo cáo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chỉ dùng số liệu tổng hợp, không ghi họ tên, địa chỉ, hình ảnh. Ở "
                                "địa bàn nhỏ, tránh ghép chi tiết (thôn, tuổi, nghề, dân tộc) khiến "
                                "người đọc đoán ra là ai. Câu chuyện dùng cho truyền thông phải được "
                                "đồng ý và đổi chi tiết nhận dạng.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Báo cáo cuối năm của xã",
                                "situation": (
                                    "<p>Tháng 12, cán bộ xã Ninh Hải tổng hợp báo cáo về mô hình địa chỉ "
                                    "tin cậy: năm nay có 9 lượt người tìm đến, năm trước chỉ 2. Một lãnh "
                                    "đạo xã lo: “Báo cáo thế này người ta nghĩ xã mình bạo lực nhiều "
                                    "hơn.” Đoàn kiểm tra liên ngành lại đề nghị gửi kèm danh sách họ tên "
                                    "những người đã được hỗ trợ.</p>"
                                ),
                                "questions": [
                                    "Nên diễn giải việc số lượt tìm đến tăng thế nào?",
                                    "Có nên gửi danh sách họ tên không? Đoàn kiểm tra có thể xác minh bằng cách nào khác?",
                                    "Cần bổ sung gì để báo cáo hữu ích cho việc nhân rộng?",
                                ],
                                "discussion": (
                                    "<p>Số lượt tăng có thể phản ánh tuyên truyền hiệu quả và niềm tin "
                                    "của người dân, đúng với mục tiêu tăng tỷ lệ người tìm kiếm trợ giúp. "
                                    "Báo cáo nên nêu các hoạt động đã làm và kết quả hỗ trợ, không chỉ số "
                                    "vụ.</p>"
                                    "<p>Không gửi danh sách họ tên. Có thể đề nghị đoàn xem sổ theo dõi "
                                    "đã mã hóa ngay tại xã, có mặt người phụ trách. Để phục vụ nhân rộng, "
                                    "bổ sung bài học kinh nghiệm, khó khăn (kinh phí, đi lại, phiên dịch) "
                                    "và đề xuất cụ thể.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Trước khi gửi báo cáo mô hình",
                                "items": [
                                    "Số liệu tách theo giới, độ tuổi, khuyết tật.",
                                    "Không có họ tên, địa chỉ, ảnh hay tổ hợp chi tiết có thể nhận diện.",
                                    "Có giải thích xu hướng số liệu.",
                                    "Có bài học kinh nghiệm và đề xuất.",
                                    "Gửi đúng hạn, đúng đầu mối được phân công.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Đánh giá để giúp được nhiều người hơn",
                                "text": (
                                    "<p>Đánh giá không phải để “chấm điểm” xã, mà để biết mô hình có thật "
                                    "sự giúp được người bị bạo lực hay không. Mô hình tốt là mô hình được "
                                    "người dân biết đến, tin tưởng và sử dụng.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
