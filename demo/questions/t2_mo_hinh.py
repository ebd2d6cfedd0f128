"""Câu hỏi trắc nghiệm cho Track 2: Triển khai các mô hình phòng ngừa, ứng phó với BLG tại cộng đồng (demo content, plain data)."""

QUESTIONS = {
    # ------------------------------------------------------------------
    "dia-chi-tin-cay-nha-tam-lanh": [
        # --- thiet-lap-va-van-hanh-dia-chi-tin-cay ---
        {
            "kind": "single",
            "text": (
                "Theo Luật Phòng, chống bạo lực gia đình năm 2007 (khoản 1 Điều 30), địa chỉ tin cậy ở "
                "cộng đồng do ai thành lập, quản lý?"
            ),
            "options": [
                ["Công an xã", False],
                ["UBND cấp xã", True],
                ["Trưởng thôn", False],
                ["Hội Liên hiệp Phụ nữ tỉnh", False],
            ],
            "explanation": (
                "Bài nêu: địa chỉ tin cậy do UBND cấp xã thành lập, quản lý; trước khi công bố cần có "
                "văn bản công nhận của UBND xã."
            ),
            "tags": ["thiet-lap-va-van-hanh-dia-chi-tin-cay"],
        },
        {
            "kind": "multiple",
            "text": "Những tiêu chí nào được bài gợi ý khi chọn một địa chỉ tin cậy?",
            "options": [
                ["Giữ được bí mật, kể cả với người thân của mình", True],
                ["Có quan hệ họ hàng với thật nhiều hộ trong thôn", False],
                ["Đến được cả ban đêm", True],
                ["Nói được tiếng của đồng bào dân tộc tại chỗ", True],
                ["Là nơi rộng nhất thôn, dù ban đêm không có người", False],
            ],
            "explanation": (
                "Tiêu chí gợi ý: uy tín, tự nguyện; giữ được bí mật; an toàn; dễ tiếp cận, đến được cả "
                "ban đêm; nói được tiếng dân tộc tại chỗ. Quan hệ họ hàng có thể khiến phụ nữ ngại tìm "
                "đến; nơi không người trực đêm thì không hợp làm nơi tạm lánh."
            ),
            "tags": ["thiet-lap-va-van-hanh-dia-chi-tin-cay"],
        },
        {
            "kind": "true_false",
            "text": (
                "Khi người gây bạo lực tìm đến, chủ địa chỉ tin cậy nên ra tranh luận với người đó để "
                "bảo vệ người đang tạm lánh."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Địa chỉ tin cậy không phải nơi đối đầu: chủ địa chỉ không ra tranh cãi mà gọi ngay công "
                "an xã hoặc 113."
            ),
            "tags": ["thiet-lap-va-van-hanh-dia-chi-tin-cay"],
        },
        {
            "kind": "single",
            "text": "Kế hoạch 1790/KH-UBND đặt chỉ tiêu gì đến năm 2025?",
            "options": [
                ["50% xã, phường, thị trấn có địa chỉ tin cậy", False],
                ["Mỗi huyện có một nhà tạm lánh", False],
                ["100% xã, phường, thị trấn có mô hình phòng, chống bạo lực gia đình", True],
            ],
            "explanation": (
                "Kế hoạch 1790/KH-UBND đặt chỉ tiêu đến năm 2025 có 100% xã, phường, thị trấn có mô hình "
                "phòng, chống bạo lực gia đình."
            ),
            "tags": ["thiet-lap-va-van-hanh-dia-chi-tin-cay"],
        },
        # --- tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan ---
        {
            "kind": "single",
            "text": "Bốn nguyên tắc hành động của sơ cứu tâm lý được nêu trong bài là gì?",
            "options": [
                ["Giới thiệu – Đánh giá – Lập kế hoạch – Đóng ca", False],
                ["Quan sát – Điều tra – Xử lý – Báo cáo", False],
                ["Chuẩn bị – Quan sát – Lắng nghe – Kết nối", True],
                ["Lắng nghe – Khuyên nhủ – Hòa giải – Theo dõi", False],
            ],
            "explanation": (
                "Theo hướng dẫn sơ cứu tâm lý của WHO, War Trauma Foundation và World Vision (2011), bốn "
                "nguyên tắc hành động là Chuẩn bị, Quan sát, Lắng nghe, Kết nối."
            ),
            "tags": ["tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan"],
        },
        {
            "kind": "single",
            "text": "Khi tiếp nhận chị L., chủ địa chỉ tin cậy nên nói câu nào?",
            "options": [
                ["“Đây không phải lỗi của chị.”", True],
                ["“Thôi về làm lành vì con.”", False],
                ["“Sao chị không bỏ đi sớm?”", False],
                ["“Chị kể nhanh lên để tôi còn báo công an.”", False],
            ],
            "explanation": (
                "Bài gợi ý nên nói “Đây không phải lỗi của chị”, không khuyên về làm lành, không hỏi dồn "
                "và để chị kể theo nhịp của mình."
            ),
            "tags": ["tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan"],
        },
        {
            "kind": "multiple",
            "text": "Những nội dung nào phù hợp với cách lập kế hoạch an toàn được hướng dẫn trong bài?",
            "options": [
                ["Thống nhất một câu nói hoặc dấu hiệu với hàng xóm tin cậy", True],
                ["Cán bộ quyết định kế hoạch thay cho người bị bạo lực", False],
                ["Chuẩn bị túi khẩn cấp gửi ở nơi an toàn", True],
                ["Đổi mật khẩu, tắt chia sẻ vị trí trên điện thoại", True],
                ["Lập một lần là đủ, không cần xem lại", False],
            ],
            "explanation": (
                "Kế hoạch là của người bị bạo lực, cán bộ chỉ gợi ý; gồm tín hiệu với hàng xóm, túi khẩn "
                "cấp, an toàn số… và cần xem lại mỗi khi hoàn cảnh thay đổi."
            ),
            "tags": ["tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan"],
        },
        {
            "kind": "single",
            "text": "Người chồng của chị L. gọi điện hỏi chị H. có thấy vợ anh ta không. Chị H. nên làm gì?",
            "options": [
                ["Xác nhận chị L. đang ở nhà mình và khuyên anh đến đón vợ về", False],
                ["Nói rằng chị L. đã về nhà mẹ đẻ", False],
                ["Trách mắng, tranh cãi với người chồng qua điện thoại", False],
                [
                    "Không xác nhận chị L. đang ở nhà mình, không tranh cãi; nếu anh ta đe dọa hoặc tìm "
                    "đến thì gọi ngay công an xã hoặc 113",
                    True,
                ],
            ],
            "explanation": (
                "Phần thảo luận tình huống nêu: chị H. không xác nhận chị L. đang ở nhà mình và không "
                "tranh cãi; nếu người chồng đe dọa hoặc tìm đến, gọi ngay công an xã hoặc 113."
            ),
            "tags": ["tiep-nhan-so-cuu-tam-ly-ke-hoach-an-toan"],
        },
        # --- ket-noi-dich-vu-chuyen-tuyen-bao-mat ---
        {
            "kind": "single",
            "text": "Gói dịch vụ thiết yếu cho phụ nữ và trẻ em gái bị bạo lực gồm bao nhiêu học phần?",
            "options": [
                ["Bốn", False],
                ["Năm", True],
                ["Sáu", False],
            ],
            "explanation": (
                "Gói gồm năm học phần: tổng quan; y tế; tư pháp và hành pháp; dịch vụ xã hội; điều phối "
                "và quản trị điều phối. (Sáu là số bước của quản lý ca.)"
            ),
            "tags": ["ket-noi-dich-vu-chuyen-tuyen-bao-mat"],
        },
        {
            "kind": "single",
            "text": (
                "Theo bài, người không chuyên về BLG như cộng tác viên, chủ địa chỉ tin cậy nên làm gì "
                "khi tiếp nhận người bị bạo lực?"
            ),
            "options": [
                ["Tự tư vấn sâu để người bị bạo lực không phải kể lại nhiều lần", False],
                [
                    "Chuyển người bị bạo lực tới người quản lý ca hoặc đường dây nóng chuyên về BLG",
                    True,
                ],
                ["Tự đến nhà nói chuyện với người gây bạo lực", False],
                ["Chỉ hỗ trợ khi đã có thương tích nặng", False],
            ],
            "explanation": (
                "Người không chuyên nên chuyển người bị bạo lực tới người quản lý ca hoặc đường dây nóng "
                "chuyên về BLG, thay vì tự tư vấn sâu; địa chỉ tin cậy làm tốt vai trò khi biết giới hạn "
                "của mình."
            ),
            "tags": ["ket-noi-dich-vu-chuyen-tuyen-bao-mat"],
        },
        {
            "kind": "true_false",
            "text": "Sổ ghi chép của địa chỉ tin cậy nên dùng mã số thay họ tên và được cất trong tủ có khóa.",
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Bảng kiểm “Trước khi chuyển tuyến” yêu cầu sổ ghi chép dùng mã số thay họ tên, cất tủ có "
                "khóa, và chỉ chia sẻ thông tin tối thiểu."
            ),
            "tags": ["ket-noi-dich-vu-chuyen-tuyen-bao-mat"],
        },
        {
            "kind": "multiple",
            "text": "Danh bạ chuyển tuyến của xã nên ghi những thông tin nào?",
            "options": [
                ["Dịch vụ và đầu mối liên hệ", True],
                ["Số điện thoại và giờ làm việc", True],
                ["Họ tên những người đã được chuyển tuyến", False],
                ["Phí và giấy tờ cần mang", True],
                ["Bất kỳ số điện thoại hỗ trợ nào tìm thấy trên mạng", False],
            ],
            "explanation": (
                "Danh bạ ghi: dịch vụ, đầu mối, số điện thoại, giờ làm việc, phí, giấy tờ cần mang; chỉ "
                "ghi số đã xác minh. Thông tin về người được hỗ trợ phải giữ bí mật, không đưa vào danh bạ."
            ),
            "tags": ["ket-noi-dich-vu-chuyen-tuyen-bao-mat"],
        },
    ],
    # ------------------------------------------------------------------
    "mo-hinh-truong-hoc-noi-lam-viec-noi-cong-cong": [
        # --- truong-hoc-an-toan-than-thien-khong-bao-luc ---
        {
            "kind": "single",
            "text": "Nghị định 80/2017/NĐ-CP quy định về vấn đề gì?",
            "options": [
                ["Phòng, chống quấy rối tình dục tại nơi làm việc", False],
                ["Bảo vệ dữ liệu cá nhân", False],
                [
                    "Môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường",
                    True,
                ],
                ["Xử phạt vi phạm hành chính về phòng, chống bạo lực gia đình", False],
            ],
            "explanation": (
                "Nghị định 80/2017/NĐ-CP (hiệu lực từ 05/9/2017) là căn cứ của mô hình trường học an "
                "toàn, quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo "
                "lực học đường."
            ),
            "tags": ["truong-hoc-an-toan-than-thien-khong-bao-luc"],
        },
        {
            "kind": "multiple",
            "text": (
                "Theo bài, những thay đổi nào ở học sinh có thể giúp giáo viên chủ nhiệm phát hiện sớm "
                "bạo lực?"
            ),
            "options": [
                ["Hay vắng học", True],
                ["Sợ về nhà", True],
                ["Tham gia đầy đủ hoạt động Đoàn, Đội", False],
                ["Đột ngột nói sắp nghỉ học để lấy chồng", True],
                ["Đạt điểm cao trong kỳ thi", False],
            ],
            "explanation": (
                "Bài nêu các dấu hiệu: hay vắng, sợ về nhà, có vết thương, thu mình, hoặc đột ngột nói "
                "sắp nghỉ học để lấy chồng."
            ),
            "tags": ["truong-hoc-an-toan-than-thien-khong-bao-luc"],
        },
        {
            "kind": "true_false",
            "text": (
                "Theo Điều 19 Luật Phòng, chống bạo lực gia đình 2022, cơ sở giáo dục nơi người bị bạo "
                "lực đang học là một địa chỉ tiếp nhận tin báo."
            ),
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Bài nêu rõ điều này; đó là một lý do trường học là điểm then chốt để phát hiện sớm bạo "
                "lực."
            ),
            "tags": ["truong-hoc-an-toan-than-thien-khong-bao-luc"],
        },
        {
            "kind": "single",
            "text": (
                "Em K. nhắn cho cô chủ nhiệm: “Em muốn đi học, nhưng em không dám cãi bố.” Theo phần "
                "thảo luận, cô nên trả lời thế nào?"
            ),
            "options": [
                ["Khuyên em nghe lời bố mẹ cho yên chuyện", False],
                [
                    "Trả lời ngắn, trấn an em không có lỗi, cô sẽ tìm cách giúp, và hỏi lúc nào nhắn tin "
                    "thì an toàn",
                    True,
                ],
                ["Đưa tin nhắn cho bố mẹ em xem để thuyết phục gia đình", False],
                ["Chia sẻ tin nhắn vào nhóm phụ huynh của lớp để mọi người cùng lên tiếng", False],
            ],
            "explanation": (
                "Cô trả lời ngắn, trấn an, hỏi thời điểm liên lạc an toàn, rồi báo hiệu trưởng theo quy "
                "trình; không tiết lộ việc K. đã nhắn tin cho cô."
            ),
            "tags": ["truong-hoc-an-toan-than-thien-khong-bao-luc"],
        },
        # --- phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep ---
        {
            "kind": "single",
            "text": (
                "Theo Kế hoạch năm 2023 của tỉnh, cơ quan nào chủ trì mô hình thí điểm phòng, chống quấy "
                "rối tình dục tại doanh nghiệp?"
            ),
            "options": [
                ["Liên đoàn Lao động", True],
                ["Ban quản lý các khu công nghiệp, khu chế xuất", False],
                ["Hội Liên hiệp Phụ nữ", False],
                ["Ngành giáo dục", False],
            ],
            "explanation": (
                "Liên đoàn Lao động chủ trì, phối hợp với Ban quản lý các khu công nghiệp, khu chế xuất "
                "và doanh nghiệp trên địa bàn."
            ),
            "tags": ["phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep"],
        },
        {
            "kind": "single",
            "text": "Theo bài, dấu hiệu cốt lõi của quấy rối tình dục là gì?",
            "options": [
                ["Có đụng chạm cơ thể", False],
                ["Xảy ra trong giờ làm việc", False],
                ["Hành vi không được mong muốn", True],
                ["Người thực hiện là cấp trên trực tiếp", False],
            ],
            "explanation": (
                "Dấu hiệu cốt lõi là hành vi không được mong muốn; quấy rối có thể bằng lời nói, phi lời "
                "nói, qua mạng, không nhất thiết có đụng chạm hay do cấp trên thực hiện."
            ),
            "tags": ["phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep"],
        },
        {
            "kind": "multiple",
            "text": "Kênh tiếp nhận bảo mật trong doanh nghiệp nên có những đặc điểm nào theo gợi ý của bài?",
            "options": [
                ["Có ít nhất hai kênh", True],
                ["Mọi khiếu nại phải đi qua quản lý trực tiếp", False],
                ["Có người tiếp nhận là nữ", True],
                ["Người khiếu nại phải ký tên công khai", False],
                ["Không phải qua quản lý trực tiếp", True],
            ],
            "explanation": (
                "Bước “Kênh tiếp nhận bảo mật” gợi ý: ít nhất hai kênh, có người tiếp nhận là nữ, không "
                "phải qua quản lý trực tiếp."
            ),
            "tags": ["phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep"],
        },
        {
            "kind": "true_false",
            "text": (
                "Chị M. từ chối lời rủ đi cà phê riêng của tổ trưởng và sau đó bị thôi xếp tăng ca. Việc "
                "này cho thấy quấy rối có yếu tố đổi chác và trả đũa."
            ),
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Phần thảo luận nêu: tin nhắn gợi dục không được mong muốn, cộng với việc cắt tăng ca sau "
                "khi bị từ chối, cho thấy quấy rối có yếu tố đổi chác và trả đũa."
            ),
            "tags": ["phong-chong-quay-roi-tinh-duc-tai-doanh-nghiep"],
        },
        # --- lang-que-an-toan-than-thien ---
        {
            "kind": "single",
            "text": "Theo bài, an toàn cho phụ nữ và trẻ em ở nơi công cộng là trách nhiệm của ai?",
            "options": [
                ["Của chính quyền và cộng đồng", True],
                ["Của riêng người phụ nữ “tự biết giữ mình”", False],
                ["Của riêng gia đình người phụ nữ", False],
            ],
            "explanation": (
                "Bài khẳng định an toàn nơi công cộng là trách nhiệm của chính quyền và cộng đồng, không "
                "phải của riêng người phụ nữ “tự biết giữ mình”."
            ),
            "tags": ["lang-que-an-toan-than-thien"],
        },
        {
            "kind": "multiple",
            "text": "Khi trẻ em tham gia đi bộ khảo sát an toàn, cần bảo đảm những điều nào?",
            "options": [
                ["Có sự đồng ý của cha mẹ", True],
                ["Để trẻ tự đi khảo sát một mình cho khách quan", False],
                ["Có người lớn đi cùng", True],
                ["Không hỏi trẻ về trải nghiệm bạo lực riêng tư trước nhóm", True],
                ["Mời trẻ kể lại trải nghiệm bị quấy rối trước nhóm để minh họa", False],
            ],
            "explanation": (
                "Trẻ em tham gia cần có sự đồng ý của cha mẹ, có người lớn đi cùng, và không bị hỏi về "
                "trải nghiệm bạo lực riêng tư trước nhóm."
            ),
            "tags": ["lang-que-an-toan-than-thien"],
        },
        {
            "kind": "single",
            "text": "Kết quả của buổi đi bộ khảo sát an toàn được thể hiện thế nào?",
            "options": [
                ["Danh sách họ tên những người từng bị quấy rối", False],
                ["Bản đồ đơn giản của thôn, đánh dấu điểm nguy cơ và đề xuất giải pháp", True],
                ["Bảng xếp hạng các thôn an toàn nhất xã", False],
            ],
            "explanation": (
                "Kết quả được vẽ thành bản đồ đơn giản của thôn, đánh dấu điểm nguy cơ và đề xuất giải "
                "pháp, rồi đưa vào kế hoạch của xã."
            ),
            "tags": ["lang-que-an-toan-than-thien"],
        },
        {
            "kind": "single",
            "text": (
                "Trong tình huống “Con đường ra bến cá”, công an và thôn cần làm gì để các chị tin rằng "
                "báo tin là có ích?"
            ),
            "options": [
                ["Chỉ nhận tin báo khi người báo biết rõ thủ phạm là ai", False],
                ["Công khai tên người báo tin để khen ngợi", False],
                ["Khuyên các chị không ra bến cá lúc sáng sớm nữa", False],
                [
                    "Phản hồi mỗi tin báo và thông báo các biện pháp đã làm, nhưng không nêu tên người báo",
                    True,
                ],
            ],
            "explanation": (
                "Phần thảo luận nêu: để người dân tin báo tin là có ích, công an và thôn cần phản hồi mỗi "
                "tin báo và thông báo các biện pháp đã làm, nhưng không nêu tên người báo."
            ),
            "tags": ["lang-que-an-toan-than-thien"],
        },
    ],
    # ------------------------------------------------------------------
    "nam-gioi-tien-phong-va-nhom-de-bi-ton-thuong": [
        # --- cau-lac-bo-nam-gioi-tien-phong ---
        {
            "kind": "single",
            "text": (
                "Câu lạc bộ “Nam giới tiên phong phòng ngừa bạo lực với phụ nữ” ở Đà Nẵng do ai triển "
                "khai, từ năm nào?"
            ),
            "options": [
                ["Liên đoàn Lao động thành phố, từ năm 2017", False],
                ["Hội Liên hiệp Phụ nữ thành phố Đà Nẵng và UN Women, từ năm 2014", True],
                ["UNFPA và Bộ Lao động – Thương binh và Xã hội, từ năm 2020", False],
            ],
            "explanation": (
                "Câu lạc bộ do Hội LHPN thành phố Đà Nẵng và UN Women triển khai từ năm 2014; Đà Nẵng "
                "duy trì 16 câu lạc bộ với 550 thành viên."
            ),
            "tags": ["cau-lac-bo-nam-gioi-tien-phong"],
        },
        {
            "kind": "true_false",
            "text": (
                "Câu lạc bộ nam giới tiên phong có thể thay thế việc xử lý người gây bạo lực theo pháp "
                "luật."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Câu lạc bộ bổ trợ cho biện pháp giáo dục, hỗ trợ chuyển đổi hành vi, nhưng không thay "
                "thế việc xử lý theo pháp luật."
            ),
            "tags": ["cau-lac-bo-nam-gioi-tien-phong"],
        },
        {
            "kind": "multiple",
            "text": "Những điều nào thuộc nguyên tắc an toàn của câu lạc bộ nam giới?",
            "options": [
                ["Không dùng câu lạc bộ để hòa giải hay ép người bị bạo lực quay về", True],
                ["Mời vợ của thành viên đến kể chuyện bị bạo lực trước câu lạc bộ", False],
                ["Không đem tên, chuyện riêng của vợ con thành viên ra bàn", True],
                ["Luôn phối hợp với Hội Phụ nữ, lắng nghe phụ nữ trong cộng đồng", True],
                ["Giữ kín trong câu lạc bộ khi biết có bạo lực đang diễn ra", False],
            ],
            "explanation": (
                "Bảng kiểm nêu: không hòa giải, ép quay về; không đem chuyện riêng của vợ con ra bàn; "
                "phối hợp với Hội Phụ nữ; khi biết có bạo lực đang diễn ra thì báo cán bộ phụ trách theo "
                "quy trình."
            ),
            "tags": ["cau-lac-bo-nam-gioi-tien-phong"],
        },
        {
            "kind": "single",
            "text": (
                "Trong buổi sinh hoạt, anh Q. nói: “Vợ lắm lời thì tôi mới phải dạy, chứ tôi có đánh đau "
                "đâu.” Người hướng dẫn nên phản hồi thế nào?"
            ),
            "options": [
                ["Bỏ qua để giữ không khí vui vẻ của buổi sinh hoạt", False],
                ["Yêu cầu anh Q. rời câu lạc bộ ngay trước mặt mọi người", False],
                [
                    "Không bỏ qua nhưng không làm anh Q. bẽ mặt: đặt câu hỏi để cả nhóm tự suy ngẫm, và "
                    "nhắc rằng đánh, dù “không đau”, là bạo lực gia đình",
                    True,
                ],
                ["Đồng tình vì đó là chuyện riêng trong nhà anh Q.", False],
            ],
            "explanation": (
                "Phần thảo luận gợi ý cảm ơn anh đã nói thẳng, hỏi cả nhóm các câu hỏi gợi mở, nhắc rằng "
                "đánh, dù “không đau”, và lăng mạ đều là bạo lực gia đình theo Luật năm 2022."
            ),
            "tags": ["cau-lac-bo-nam-gioi-tien-phong"],
        },
        # --- cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat ---
        {
            "kind": "single",
            "text": "Theo bài, phụ nữ, trẻ em gái khuyết tật có thể chịu “nguy cơ kép” vì những lý do nào?",
            "options": [
                ["Vì giới và vì khuyết tật", True],
                ["Vì nghèo và vì sống ở vùng cao", False],
                ["Vì tuổi nhỏ và vì chưa đi học", False],
            ],
            "explanation": (
                "Nguy cơ kép là vì giới và vì khuyết tật: phụ thuộc người khác, khó tự đến nơi báo tin, "
                "có khi khó diễn đạt, và lời kể dễ bị nghi ngờ."
            ),
            "tags": ["cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat"],
        },
        {
            "kind": "multiple",
            "text": "Những hành vi nào là dạng bạo lực đặc thù với phụ nữ, trẻ em gái khuyết tật nêu trong bài?",
            "options": [
                ["Cố ý không cho dùng xe lăn, nạng, máy trợ thính hoặc thuốc", True],
                ["Mời tham gia ban chủ nhiệm câu lạc bộ", False],
                ["Giữ, tiêu xài tiền trợ cấp hay thu nhập của người khuyết tật", True],
                ["Nhốt trong nhà “cho an toàn”, không cho đi học, đi sinh hoạt", True],
                ["Hỏi trực tiếp người khuyết tật họ muốn gì", False],
            ],
            "explanation": (
                "Các dạng đặc thù gồm: không cho dùng phương tiện hỗ trợ, thuốc; giữ tiền trợ cấp; nhốt "
                "trong nhà; xâm hại tình dục; quyết định thay về hôn nhân, sinh con. Mời tham gia ban chủ "
                "nhiệm và hỏi trực tiếp người khuyết tật là cách làm được bài khuyến khích."
            ),
            "tags": ["cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat"],
        },
        {
            "kind": "single",
            "text": (
                "Chị S. kể con gái 14 tuổi khiếm thính ra dấu rằng người hàng xóm đã đụng chạm vào cơ thể "
                "em. Việc đầu tiên chi hội trưởng cần làm là gì?"
            ),
            "options": [
                ["Tự đến gặp người hàng xóm để đối chất", False],
                ["Chờ em học xong ngôn ngữ ký hiệu để kể lại rõ ràng", False],
                [
                    "Báo ngay: gọi 111, báo công an và UBND xã; bảo đảm em không còn ở một mình với người "
                    "bị nghi ngờ",
                    True,
                ],
                ["Khuyên chị S. giữ im lặng để tránh dư luận", False],
            ],
            "explanation": (
                "Đây là nghi vấn xâm hại tình dục trẻ em, cần báo ngay; chi hội trưởng tin lời chị S., "
                "không tự điều tra, không đối chất với người hàng xóm."
            ),
            "tags": ["cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat"],
        },
        {
            "kind": "single",
            "text": "Khi cần biết mong muốn của một người khuyết tật, bài khuyên nên làm gì?",
            "options": [
                ["Chỉ hỏi người nhà, vì họ hiểu người khuyết tật rõ nhất", False],
                ["Hỏi chính người khuyết tật, bằng cách giao tiếp họ dùng", True],
                ["Hỏi người chăm sóc khi người khuyết tật vắng mặt", False],
            ],
            "explanation": (
                "Khuyết tật không làm giảm quyền được an toàn và được tin; hãy hỏi chính người khuyết tật "
                "bằng cách giao tiếp họ dùng, thay vì chỉ hỏi người nhà."
            ),
            "tags": ["cau-lac-bo-phu-nu-tre-em-gai-khuyet-tat"],
        },
        # --- ra-soat-danh-gia-nhan-rong-mo-hinh ---
        {
            "kind": "single",
            "text": (
                "Số lượt người tìm đến địa chỉ tin cậy của xã tăng từ 2 lên 9. Theo bài, nên diễn giải "
                "thế nào?"
            ),
            "options": [
                ["Chắc chắn bạo lực trong xã đã tăng", False],
                ["Mô hình không hiệu quả nên cần dừng lại", False],
                [
                    "Có thể là dấu hiệu người dân đã tin và dám tìm đến; báo cáo cần giải thích điều này",
                    True,
                ],
                ["Nên bớt số liệu để báo cáo không bị hiểu lầm", False],
            ],
            "explanation": (
                "Số vụ được ghi nhận tăng chưa chắc là bạo lực tăng; có khi đó là dấu hiệu tuyên truyền "
                "hiệu quả và người dân đã tin, dám tìm đến."
            ),
            "tags": ["ra-soat-danh-gia-nhan-rong-mo-hinh"],
        },
        {
            "kind": "single",
            "text": (
                "Đoàn kiểm tra liên ngành đề nghị xã gửi kèm danh sách họ tên những người đã được hỗ trợ. "
                "Xã nên làm gì?"
            ),
            "options": [
                ["Gửi danh sách vì đoàn kiểm tra là cơ quan nhà nước", False],
                ["Gửi danh sách nhưng bỏ phần địa chỉ", False],
                [
                    "Không gửi danh sách họ tên; đề nghị đoàn xem sổ theo dõi đã mã hóa ngay tại xã, có "
                    "mặt người phụ trách",
                    True,
                ],
            ],
            "explanation": (
                "Báo cáo chỉ dùng số liệu tổng hợp, không ghi họ tên; đoàn có thể xác minh bằng sổ theo "
                "dõi đã mã hóa tại xã, có mặt người phụ trách."
            ),
            "tags": ["ra-soat-danh-gia-nhan-rong-mo-hinh"],
        },
        {
            "kind": "true_false",
            "text": "Ở địa bàn nhỏ, chỉ cần bỏ họ tên là đủ để giữ bí mật cho người được hỗ trợ trong báo cáo.",
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Ngoài họ tên, địa chỉ, hình ảnh, cần tránh ghép các chi tiết như thôn, tuổi, nghề, dân "
                "tộc khiến người đọc đoán ra là ai."
            ),
            "tags": ["ra-soat-danh-gia-nhan-rong-mo-hinh"],
        },
        {
            "kind": "multiple",
            "text": "Trước khi gửi báo cáo mô hình, cần kiểm tra những điều nào theo bảng kiểm của bài?",
            "options": [
                ["Số liệu tách theo giới, độ tuổi, khuyết tật", True],
                ["Kèm ảnh người được hỗ trợ để làm minh chứng", False],
                ["Có giải thích xu hướng số liệu", True],
                ["Ghi địa chỉ từng trường hợp để tiện xác minh", False],
                ["Có bài học kinh nghiệm và đề xuất", True],
            ],
            "explanation": (
                "Bảng kiểm yêu cầu số liệu tách theo giới, độ tuổi, khuyết tật; giải thích xu hướng; có "
                "bài học và đề xuất; không có họ tên, địa chỉ, ảnh hay tổ hợp chi tiết có thể nhận diện."
            ),
            "tags": ["ra-soat-danh-gia-nhan-rong-mo-hinh"],
        },
    ],
}
