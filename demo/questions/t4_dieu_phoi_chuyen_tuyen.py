"""Track 4 question banks: Điều phối, kết nối dịch vụ và chuyển tuyến (demo content, plain data)."""

QUESTIONS = {
    # ------------------------------------------------------------------
    "goi-dich-vu-thiet-yeu-va-phan-cong": [
        # --- goi-dich-vu-thiet-yeu-bon-nhom-dich-vu ---
        {
            "kind": "single",
            "text": "Gói dịch vụ thiết yếu cho phụ nữ và trẻ em gái bị bạo lực được xây dựng khi nào và bởi ai?",
            "options": [
                ["Năm 2020, do riêng UNFPA xây dựng cùng với mô hình Ngôi nhà Ánh Dương", False],
                [
                    "Năm 2015, do năm tổ chức Liên Hợp Quốc (UN Women, UNFPA, WHO, UNDP, UNODC) xây dựng",
                    True,
                ],
                ["Năm 2017, do Bộ Lao động – Thương binh và Xã hội xây dựng", False],
                ["Năm 2019, do Hội Liên hiệp Phụ nữ Việt Nam xây dựng", False],
            ],
            "explanation": (
                "Bài học nêu: năm 2015, năm tổ chức Liên Hợp Quốc (UN Women, UNFPA, WHO, UNDP, UNODC) xây "
                "dựng Gói dịch vụ thiết yếu. Tại Việt Nam, gói được giới thiệu ngày 22/11/2017."
            ),
            "tags": ["goi-dich-vu-thiet-yeu-bon-nhom-dich-vu"],
        },
        {
            "kind": "single",
            "text": (
                "Tư vấn tâm lý, nơi tạm lánh, đường dây nóng và hỗ trợ sinh kế thuộc nhóm nào của Gói dịch "
                "vụ thiết yếu?"
            ),
            "options": [
                ["Y tế", False],
                ["Tư pháp và công an", False],
                ["Dịch vụ xã hội", True],
                ["Điều phối và quản trị điều phối", False],
            ],
            "explanation": (
                "Theo bài học, nhóm dịch vụ xã hội gồm tư vấn tâm lý, nơi tạm lánh, đường dây nóng, hỗ "
                "trợ nhu cầu thiết yếu và hỗ trợ sinh kế để người bị bạo lực tự chủ tài chính."
            ),
            "tags": ["goi-dich-vu-thiet-yeu-bon-nhom-dich-vu"],
        },
        {
            "kind": "multiple",
            "text": "Những mô tả nào đúng với năm đặc điểm chung của dịch vụ thiết yếu?",
            "options": [
                ["Sẵn có: có đủ dịch vụ, kể cả ngoài giờ hành chính", True],
                ["Chỉ phục vụ trong giờ hành chính để bảo đảm chất lượng", False],
                ["Ưu tiên an toàn: mọi quyết định đều cân nhắc nguy cơ với người bị bạo lực", True],
                ["Bảo mật: thông tin chỉ chia sẻ khi có sự đồng ý và khi thật cần thiết", True],
                ["Người bị bạo lực tự đến từng cơ quan để trình bày nhu cầu", False],
            ],
            "explanation": (
                "Năm đặc điểm chung là: sẵn có (kể cả ngoài giờ hành chính), dễ tiếp cận, ưu tiên an "
                "toàn, bảo mật, và kết nối qua điều phối, tức là không để người bị bạo lực tự đi gõ cửa "
                "từng nơi."
            ),
            "tags": ["goi-dich-vu-thiet-yeu-bon-nhom-dich-vu"],
        },
        {
            "kind": "true_false",
            "text": (
                "Theo điều tra quốc gia năm 2019 được nêu trong bài, 90,4% phụ nữ bị chồng bạo lực không "
                "tìm kiếm sự trợ giúp từ cơ quan chính quyền."
            ),
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Bài học dẫn số liệu điều tra quốc gia năm 2019: 90,4% phụ nữ bị chồng bạo lực không tìm "
                "kiếm sự trợ giúp từ cơ quan chính quyền. Vì vậy hệ thống phải dễ tìm, dễ vào và đáng tin."
            ),
            "tags": ["goi-dich-vu-thiet-yeu-bon-nhom-dich-vu"],
        },
        # --- vai-tro-cac-co-quan-cap-tinh ---
        {
            "kind": "single",
            "text": (
                "Kế hoạch năm 2023 của tỉnh Ninh Thuận về phòng ngừa và ứng phó với bạo lực trên cơ sở giới "
                "đặt hai chỉ tiêu nào?"
            ),
            "options": [
                [
                    "Tối thiểu 90% người bị bạo lực tìm kiếm sự trợ giúp; 50% trường hợp có nhu cầu được trợ giúp",
                    False,
                ],
                [
                    "Tối thiểu 50% người bị bạo lực tìm kiếm sự trợ giúp; 90% trường hợp có nhu cầu được trợ giúp",
                    True,
                ],
                [
                    "Tối thiểu 50% người bị bạo lực tìm kiếm sự trợ giúp; 50% trường hợp có nhu cầu được trợ giúp",
                    False,
                ],
            ],
            "explanation": (
                "Kế hoạch đặt chỉ tiêu tối thiểu 50% người bị bạo lực tìm kiếm sự trợ giúp từ cơ quan cung "
                "cấp dịch vụ và 90% trường hợp có nhu cầu được trợ giúp bằng các hình thức khác nhau. Chỉ "
                "tiêu thứ hai chỉ đạt được khi các ngành kết nối với nhau."
            ),
            "tags": ["vai-tro-cac-co-quan-cap-tinh"],
        },
        {
            "kind": "single",
            "text": (
                "Theo Kế hoạch năm 2023, cơ quan nào chủ trì tổ chức thực hiện, triển khai thí điểm các mô "
                "hình và kiểm tra, sơ kết, tổng kết?"
            ),
            "options": [
                ["Công an tỉnh", False],
                ["Sở Y tế", False],
                ["Hội Liên hiệp Phụ nữ tỉnh", False],
                ["Sở Lao động – Thương binh và Xã hội", True],
            ],
            "explanation": (
                "Sở Lao động – Thương binh và Xã hội chủ trì tổ chức thực hiện, triển khai thí điểm các mô "
                "hình, kiểm tra, sơ kết, tổng kết; các đơn vị báo cáo về UBND tỉnh qua Sở trước ngày 15/12 "
                "hằng năm."
            ),
            "tags": ["vai-tro-cac-co-quan-cap-tinh"],
        },
        {
            "kind": "multiple",
            "text": "Theo phân công trong Kế hoạch năm 2023, những cặp cơ quan – nhiệm vụ nào là đúng?",
            "options": [
                ["Sở Tư pháp – hướng dẫn trợ giúp pháp lý cho nạn nhân", True],
                ["Sở Y tế – xây dựng kế hoạch, bố trí ngân sách địa phương", False],
                [
                    "Sở Giáo dục và Đào tạo – bảo đảm môi trường giáo dục an toàn, phòng, chống bạo lực học đường",
                    True,
                ],
                ["Liên đoàn Lao động tỉnh – phòng, chống quấy rối tình dục tại nơi làm việc", True],
                [
                    "Sở Văn hóa, Thể thao và Du lịch – chỉ đạo công an các cấp can thiệp các vụ bạo lực",
                    False,
                ],
            ],
            "explanation": (
                "Sở Tư pháp hướng dẫn trợ giúp pháp lý; Sở Giáo dục và Đào tạo bảo đảm môi trường giáo dục "
                "an toàn; Liên đoàn Lao động tỉnh phòng, chống quấy rối tình dục tại nơi làm việc. Xây dựng "
                "kế hoạch, bố trí ngân sách là việc của UBND các huyện, thành phố; chỉ đạo công an các cấp "
                "là việc của Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch phụ trách tuyên truyền."
            ),
            "tags": ["vai-tro-cac-co-quan-cap-tinh"],
        },
        {
            "kind": "true_false",
            "text": (
                "Sau ngày 01/7/2025, có thể tiếp tục dùng danh bạ đầu mối cũ khi chuyển tuyến, vì tên gọi "
                "và đầu mối của các sở, ngành không thay đổi."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Từ 01/7/2025, cấp huyện kết thúc và tên gọi, đầu mối của một số sở, ngành có thể đã thay "
                "đổi sau sắp xếp bộ máy. Bài học yêu cầu kiểm tra đầu mối hiện hành trước khi chuyển tuyến, "
                "đừng dựa vào danh bạ cũ."
            ),
            "tags": ["vai-tro-cac-co-quan-cap-tinh"],
        },
        # --- phoi-hop-o-cap-xa ---
        {
            "kind": "single",
            "text": (
                "Theo Nghị định 76/2023/NĐ-CP, khi nhận cuộc gọi, Tổng đài quốc gia về phòng, chống bạo lực "
                "gia đình phải thông báo ngay cho ai?"
            ),
            "options": [
                ["Chủ tịch UBND cấp xã nơi xảy ra vụ việc", True],
                ["Giám đốc Công an tỉnh", False],
                ["Sở Lao động – Thương binh và Xã hội", False],
                ["Trưởng thôn nơi người gọi cư trú", False],
            ],
            "explanation": (
                "Bài học nêu: theo Nghị định 76/2023/NĐ-CP, Tổng đài quốc gia phải thông báo ngay cho Chủ "
                "tịch UBND cấp xã nơi xảy ra vụ việc. Chủ tịch UBND xã cũng là người quyết định cấm tiếp xúc."
            ),
            "tags": ["phoi-hop-o-cap-xa"],
        },
        {
            "kind": "single",
            "text": "Trong cơ chế phối hợp đơn giản ở cấp xã, “một đầu mối” được hiểu là gì?",
            "options": [
                ["Chủ tịch UBND xã trực tiếp xử lý mọi ca bạo lực", False],
                ["Mỗi ngành tự làm đầu mối cho phần việc của mình", False],
                [
                    "UBND xã giao một công chức làm đầu mối điều phối ca, có người dự phòng khi vắng",
                    True,
                ],
                ["Người bị bạo lực tự chọn nơi liên hệ đầu tiên", False],
            ],
            "explanation": (
                "Cơ chế phối hợp gồm một đầu mối, một danh bạ, một quy tắc thông tin và một buổi trao đổi "
                "ca. “Một đầu mối” là UBND xã giao một công chức làm đầu mối điều phối ca, có người dự "
                "phòng khi vắng."
            ),
            "tags": ["phoi-hop-o-cap-xa"],
        },
        {
            "kind": "multiple",
            "text": (
                "H., 15 tuổi, kể với cô giáo chủ nhiệm rằng bị ép cưới, bị bố tát, và nói “nếu phải cưới, "
                "em không muốn sống nữa”. Theo phần thảo luận tình huống, cô giáo nên làm gì?"
            ),
            "options": [
                ["Không để H. về nhà một mình", True],
                ["Hứa giữ kín hoàn toàn, không báo ai như H. xin", False],
                ["Báo ngay ban giám hiệu, Chủ tịch UBND xã và công an xã", True],
                ["Gọi bố mẹ H. đến trường để hòa giải ngay", False],
                ["Gọi 111 để được tư vấn", True],
            ],
            "explanation": (
                "Câu “không muốn sống nữa” là dấu hiệu nguy hiểm: không để em về một mình, báo ngay ban "
                "giám hiệu, Chủ tịch UBND xã, công an xã và gọi 111 để được tư vấn. Cô giữ kín với người "
                "không liên quan nhưng phải báo người có trách nhiệm để bảo vệ em, và em được hỏi ý kiến ở "
                "từng bước."
            ),
            "tags": ["phoi-hop-o-cap-xa"],
        },
        {
            "kind": "single",
            "text": "Vì sao bài học khuyên người bị bạo lực chỉ nên kể câu chuyện một lần?",
            "options": [
                ["Vì lời kể lần đầu luôn chính xác nhất về mặt pháp lý", False],
                [
                    "Vì mỗi lần kể lại là một lần đau thêm; các bên nên dùng chung thông tin đã được đồng ý chia sẻ",
                    True,
                ],
                ["Vì chỉ công an mới được phép nghe người bị bạo lực kể chuyện", False],
            ],
            "explanation": (
                "Bài học giải thích: mỗi lần kể lại là một lần đau thêm. Các bên dùng chung thông tin đã "
                "được đồng ý chia sẻ, thay vì mỗi nơi lại hỏi từ đầu."
            ),
            "tags": ["phoi-hop-o-cap-xa"],
        },
    ],
    # ------------------------------------------------------------------
    "chuyen-tuyen-an-toan-bao-mat": [
        # --- dong-y-co-hieu-biet-va-bao-mat ---
        {
            "kind": "single",
            "text": "Bốn nguyên tắc chỉ đạo khi làm việc với người bị bạo lực là gì?",
            "options": [
                ["An toàn, bảo mật, nhanh chóng, miễn phí", False],
                ["Bảo mật, trung lập, hòa giải, đoàn kết", False],
                ["An toàn, bảo mật, tôn trọng, không phân biệt đối xử", True],
                ["An toàn, công khai, tôn trọng, hiệu quả", False],
            ],
            "explanation": (
                "Bài học nêu bốn nguyên tắc chỉ đạo: an toàn, bảo mật, tôn trọng và không phân biệt đối xử. "
                "Bảo mật nghĩa là không tiết lộ thông tin khi chưa có sự đồng ý có hiểu biết của người bị "
                "bạo lực."
            ),
            "tags": ["dong-y-co-hieu-biet-va-bao-mat"],
        },
        {
            "kind": "true_false",
            "text": (
                "Nếu người bị bạo lực im lặng, không phản đối khi được hỏi, thì có thể coi là họ đã đồng ý "
                "cho chia sẻ thông tin."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Bài học nhấn mạnh: im lặng hoặc không phản hồi không phải là đồng ý. Sự đồng ý phải tự "
                "nguyện, rõ ràng, cụ thể, và người đồng ý có quyền rút lại."
            ),
            "tags": ["dong-y-co-hieu-biet-va-bao-mat"],
        },
        {
            "kind": "multiple",
            "text": (
                "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, được nêu trong bài, sự đồng ý chỉ "
                "có hiệu lực khi đáp ứng những điều kiện nào?"
            ),
            "options": [
                [
                    "Tự nguyện, và người đồng ý biết rõ loại dữ liệu, mục đích, bên xử lý, quyền và nghĩa vụ của mình",
                    True,
                ],
                ["Được thể hiện bằng việc không phản hồi trong một thời hạn nhất định", False],
                ["Thể hiện rõ ràng, cụ thể (bằng văn bản, giọng nói, đánh dấu ô…)", True],
                ["Gộp mọi mục đích vào một câu đồng ý chung cho gọn", False],
                ["Ở dạng có thể in, sao chép hoặc kiểm chứng được", True],
            ],
            "explanation": (
                "Sự đồng ý chỉ có hiệu lực khi tự nguyện và có hiểu biết, thể hiện rõ ràng, cụ thể, liệt "
                "kê từng mục đích nếu có nhiều mục đích, và ở dạng có thể in, sao chép hoặc kiểm chứng "
                "được. Im lặng hoặc không phản hồi không phải là đồng ý."
            ),
            "tags": ["dong-y-co-hieu-biet-va-bao-mat"],
        },
        {
            "kind": "single",
            "text": "Cách làm nào đúng khi quản lý hồ sơ chứa dữ liệu nhạy cảm của một ca bạo lực?",
            "options": [
                ["Chụp hồ sơ gửi vào nhóm chat để các bên cùng nắm", False],
                ["Dùng mã ca thay cho họ tên trên sổ theo dõi chung", True],
                [
                    "Ghi lại đầy đủ mọi chi tiết nghe được, kể cả những điều không cần cho việc hỗ trợ",
                    False,
                ],
                ["Để hồ sơ giấy trên bàn làm việc cho đồng nghiệp tiện xem", False],
            ],
            "explanation": (
                "Với dữ liệu nhạy cảm, bài học yêu cầu: chỉ ghi những gì cần cho việc hỗ trợ; dùng mã ca "
                "thay cho họ tên trên sổ theo dõi chung; không chụp, gửi hồ sơ qua nhóm chat; cất hồ sơ giấy "
                "trong tủ có khóa, ghi rõ ai được xem."
            ),
            "tags": ["dong-y-co-hieu-biet-va-bao-mat"],
        },
        # --- ban-do-dich-vu-va-phieu-chuyen-tuyen ---
        {
            "kind": "single",
            "text": (
                "Khi lập bản đồ dịch vụ, cán bộ nghe nói có một “đường dây nóng” mới nhưng chưa gọi thử. "
                "Theo bài học, nên xử lý thế nào?"
            ),
            "options": [
                ["Đưa ngay vào bản đồ vì càng nhiều số càng tốt", False],
                ["Đưa vào bản đồ kèm ghi chú “chưa kiểm tra”", False],
                ["Chỉ đưa vào bản đồ sau khi đã gọi thử và xác minh với cơ quan chủ quản", True],
            ],
            "explanation": (
                "Chỉ đưa vào bản đồ những số điện thoại đã kiểm tra. Không tự điền số “nghe nói là đường "
                "dây nóng” khi chưa gọi thử và xác minh với cơ quan chủ quản."
            ),
            "tags": ["ban-do-dich-vu-va-phieu-chuyen-tuyen"],
        },
        {
            "kind": "multiple",
            "text": "Những mục nào nằm trong các mục gợi ý của phiếu chuyển tuyến?",
            "options": [
                ["Mã ca, ngày chuyển, mức độ khẩn cấp", True],
                ["Toàn bộ lời kể của người bị bạo lực, chép nguyên văn", False],
                ["Xác nhận sự đồng ý của người bị bạo lực với việc chia sẻ", True],
                ["Phần phản hồi để nơi nhận báo lại đã tiếp nhận", True],
                ["Số điện thoại của người gây bạo lực để nơi nhận gọi xác minh", False],
            ],
            "explanation": (
                "Phiếu chuyển tuyến cần ngắn, đủ, an toàn: mã ca, ngày chuyển, mức độ khẩn cấp; nơi chuyển "
                "và nơi nhận; dịch vụ đề nghị và lý do; thông tin tối thiểu cần thiết (không chép toàn bộ "
                "câu chuyện); xác nhận sự đồng ý; cách liên lạc an toàn với người bị bạo lực; phần phản hồi."
            ),
            "tags": ["ban-do-dich-vu-va-phieu-chuyen-tuyen"],
        },
        {
            "kind": "single",
            "text": "Theo bài học, nên gửi phiếu chuyển tuyến đến nơi nhận như thế nào?",
            "options": [
                ["Chụp ảnh phiếu gửi vào nhóm chat chung của các cơ quan", False],
                ["Gửi qua bưu điện, không cần báo trước cho nơi nhận", False],
                [
                    "Gọi điện báo trước, gửi phiếu trong phong bì dán kín hoặc qua kênh bảo mật đã thống nhất",
                    True,
                ],
            ],
            "explanation": (
                "Bài học hướng dẫn gọi điện báo trước cho nơi nhận và gửi phiếu trong phong bì dán kín hoặc "
                "qua kênh bảo mật đã thống nhất; không gửi ảnh chụp phiếu qua nhóm chat chung."
            ),
            "tags": ["ban-do-dich-vu-va-phieu-chuyen-tuyen"],
        },
        {
            "kind": "true_false",
            "text": (
                "Đưa cho người bị bạo lực số điện thoại của nơi cung cấp dịch vụ là đã hoàn thành việc "
                "chuyển tuyến."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Bài học nêu: đưa một số điện thoại chưa phải là chuyển tuyến. Khi nguy cơ cao hoặc người "
                "bị bạo lực khó tự đi, hãy gọi trước và đưa họ đến tận nơi."
            ),
            "tags": ["ban-do-dich-vu-va-phieu-chuyen-tuyen"],
        },
        # --- theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong ---
        {
            "kind": "single",
            "text": (
                "Trong sáu bước quản lý ca bạo lực trên cơ sở giới (Hướng dẫn liên cơ quan 2017), chuyển "
                "tuyến nằm ở bước nào và chỉ hoàn thành khi có bước nào?"
            ),
            "options": [
                [
                    "Nằm ở bước 2 (đánh giá), hoàn thành khi có bước 3 (lập kế hoạch hành động)",
                    False,
                ],
                ["Nằm ở bước 4 (thực hiện kế hoạch), hoàn thành khi có bước 5 (theo dõi)", True],
                [
                    "Nằm ở bước 1 (giới thiệu và tiếp cận), hoàn thành khi có bước 2 (đánh giá)",
                    False,
                ],
                ["Nằm ở bước 5 (theo dõi), hoàn thành khi có bước 6 (đóng ca)", False],
            ],
            "explanation": (
                "Chuyển tuyến nằm ở bước 4 (thực hiện kế hoạch) nhưng chỉ hoàn thành khi có bước 5 (theo "
                "dõi): biết chắc người bị bạo lực đã nhận được dịch vụ."
            ),
            "tags": ["theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong"],
        },
        {
            "kind": "single",
            "text": "Mô tả nào đúng về Ngôi nhà Ánh Dương?",
            "options": [
                [
                    "Trung tâm dịch vụ một cửa do UNFPA hỗ trợ, mô hình đầu tiên mở ở Quảng Ninh tháng 4/2020",
                    True,
                ],
                ["Đường dây nóng 1900 969 680 của Ngôi nhà Bình yên", False],
                [
                    "Nhà tạm lánh ở cộng đồng do UBND xã thành lập, mô hình đầu tiên mở ở Ninh Thuận năm 2023",
                    False,
                ],
                [
                    "Cơ sở y tế chuyên điều trị thương tích cho người bị bạo lực, do WHO xây dựng năm 2015",
                    False,
                ],
            ],
            "explanation": (
                "Ngôi nhà Ánh Dương là mô hình trung tâm dịch vụ một cửa do UNFPA hỗ trợ: người bị bạo lực "
                "nhận dịch vụ y tế, tâm lý, xã hội, công an, pháp lý và tạm lánh tại một điểm. Mô hình đầu "
                "tiên mở ở Quảng Ninh tháng 4/2020."
            ),
            "tags": ["theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong"],
        },
        {
            "kind": "multiple",
            "text": (
                "Chị K. ở phường Đô Vinh đã đồng ý chuyển tuyến, nhưng một tuần sau nơi nhận cho biết chị "
                "chưa đến. Theo phần thảo luận tình huống, những cách làm nào phù hợp?"
            ),
            "options": [
                [
                    "Liên lạc lại theo đúng cách đã thống nhất, không nhắn nội dung người chồng có thể đọc",
                    True,
                ],
                ["Đóng ca vì chị không đến buổi hẹn", False],
                ["Hẹn ngoài giờ làm hoặc đi cùng chị đến nơi nhận", True],
                ["Nhờ chồng chị nhắc chị đến buổi hẹn", False],
                ["Đề nghị nơi nhận bố trí người tiếp đón kín đáo", True],
            ],
            "explanation": (
                "Phần thảo luận gợi ý liên lạc theo đúng cách đã thống nhất, không nhắn nội dung có thể bị "
                "người chồng đọc; hẹn ngoài giờ làm, đi cùng chị, đề nghị nơi nhận tiếp đón kín đáo. Ca "
                "chưa đóng chừng nào nhu cầu của chị chưa được đáp ứng, trừ khi chính chị quyết định dừng."
            ),
            "tags": ["theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong"],
        },
        {
            "kind": "single",
            "text": "Theo bài học, khi nào thì có thể đóng ca?",
            "options": [
                ["Ngay sau khi đã gửi phiếu chuyển tuyến cho nơi nhận", False],
                ["Khi nơi nhận chưa phản hồi sau một tuần", False],
                [
                    "Khi nhu cầu đã được đáp ứng hoặc người bị bạo lực không muốn tiếp tục, và họ biết có "
                    "thể quay lại bất cứ lúc nào",
                    True,
                ],
                ["Khi người phụ trách ca chuyển sang công việc khác", False],
            ],
            "explanation": (
                "Chỉ đóng ca khi nhu cầu đã được đáp ứng hoặc người bị bạo lực không muốn tiếp tục, và họ "
                "biết có thể quay lại bất cứ lúc nào. Một phiếu chuyển tuyến không có phản hồi là một câu "
                "hỏi bỏ ngỏ: người chuyển tuyến phải hỏi lại cho đến khi biết kết quả."
            ),
            "tags": ["theo-doi-sau-chuyen-tuyen-ngoi-nha-anh-duong"],
        },
    ],
}
