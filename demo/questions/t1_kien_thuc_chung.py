"""Câu hỏi trắc nghiệm cho Track 1: Kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới (demo content, plain data)."""

QUESTIONS = {
    # ------------------------------------------------------------------
    "khai-niem-gioi-va-bao-luc": [
        # --- gioi-gioi-tinh-va-binh-dang-gioi ---
        {
            "kind": "single",
            "text": "Theo Điều 5 Luật Bình đẳng giới năm 2006, “giới tính” là gì?",
            "options": [
                [
                    "Đặc điểm, vị trí, vai trò của nam và nữ trong tất cả các mối quan hệ xã hội",
                    False,
                ],
                ["Các đặc điểm sinh học của nam và nữ", True],
                ["Những đánh giá định sẵn về việc nam hay nữ “phải” thế nào", False],
                ["Vai trò của nam và nữ do phong tục của từng vùng quy định", False],
            ],
            "explanation": (
                "Luật giải thích: giới tính là các đặc điểm sinh học của nam và nữ; còn đặc điểm, vị "
                "trí, vai trò trong các mối quan hệ xã hội là giới."
            ),
            "tags": ["gioi-gioi-tinh-va-binh-dang-gioi"],
        },
        {
            "kind": "multiple",
            "text": "Những câu nào sau đây nói về giới (do xã hội tạo ra), không phải về giới tính?",
            "options": [
                ["“Chỉ phụ nữ mới mang thai.”", False],
                ["“Đưa đón con là việc của vợ.”", True],
                ["“Đàn ông phải là trụ cột kinh tế.”", True],
                ["“Phụ nữ sinh con.”", False],
                ["“Trưởng thôn nên là đàn ông.”", True],
            ],
            "explanation": (
                "Mang thai, sinh con là đặc điểm sinh học (giới tính). Việc ai đưa đón con, ai làm kinh "
                "tế chính hay ai làm trưởng thôn là vai trò xã hội gán cho nam, nữ, tức là giới, và có "
                "thể thay đổi."
            ),
            "tags": ["gioi-gioi-tinh-va-binh-dang-gioi"],
        },
        {
            "kind": "true_false",
            "text": "Bình đẳng giới có nghĩa là nam và nữ phải được đối xử giống hệt nhau trong mọi việc.",
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Bài nhấn mạnh: bình đẳng không có nghĩa là giống hệt nhau. Nam và nữ có nhu cầu khác "
                "nhau; bình đẳng là có cơ hội và được đối xử công bằng, có khi cần hỗ trợ riêng để tạo "
                "cơ hội ngang nhau."
            ),
            "tags": ["gioi-gioi-tinh-va-binh-dang-gioi"],
        },
        {
            "kind": "single",
            "text": (
                "Theo bài học, những định kiến như “Vợ phải nhịn chồng cho yên cửa yên nhà” hay “Chuyện "
                "vợ chồng đóng cửa bảo nhau, người ngoài đừng xen vào” gây hại thế nào?"
            ),
            "options": [
                ["Giúp gia đình giữ hòa khí nên không gây hại gì", False],
                ["Chỉ gây thiệt thòi cho nam giới", False],
                [
                    "Khiến người bị bạo lực cam chịu và khiến hàng xóm, cán bộ ngần ngại can thiệp",
                    True,
                ],
            ],
            "explanation": (
                "Bài nêu rõ hai câu này khiến người bị bạo lực cam chịu và khiến hàng xóm, cán bộ ngần "
                "ngại can thiệp; vì vậy thay đổi định kiến giới là phòng ngừa bạo lực từ gốc rễ."
            ),
            "tags": ["gioi-gioi-tinh-va-binh-dang-gioi"],
        },
        # --- dinh-nghia-va-hinh-thuc-bao-luc ---
        {
            "kind": "multiple",
            "text": "Những dấu hiệu nào thuộc ba dấu hiệu nhận diện bạo lực trên cơ sở giới nêu trong bài?",
            "options": [
                ["Có gây hại hoặc đe dọa gây hại, kể cả tổn hại không nhìn thấy", True],
                ["Phải để lại thương tích nhìn thấy được", False],
                ["Không có sự đồng ý tự nguyện", True],
                ["Chỉ xảy ra giữa các thành viên trong gia đình", False],
                ["Gắn với quyền lực về giới", True],
            ],
            "explanation": (
                "Ba dấu hiệu là: có gây hại hoặc đe dọa gây hại (kể cả tổn hại không nhìn thấy); không "
                "có sự đồng ý tự nguyện; gắn với quyền lực về giới. BLG xảy ra ở cả nơi công cộng lẫn "
                "đời sống riêng tư, không chỉ trong gia đình."
            ),
            "tags": ["dinh-nghia-va-hinh-thuc-bao-luc"],
        },
        {
            "kind": "single",
            "text": (
                "Người chồng giữ thẻ ngân hàng của vợ, chỉ đưa đủ tiền đi chợ. Theo bài tập phân loại, "
                "đây là hình thức bạo lực nào?"
            ),
            "options": [
                ["Bạo lực thể chất", False],
                ["Bạo lực tình dục", False],
                ["Bạo lực kinh tế", True],
                ["Không phải bạo lực vì không có thương tích", False],
            ],
            "explanation": (
                "Kiểm soát thu nhập là bạo lực kinh tế; bài tập phân loại trong bài xếp tình huống này "
                "vào hình thức kinh tế."
            ),
            "tags": ["dinh-nghia-va-hinh-thuc-bao-luc"],
        },
        {
            "kind": "single",
            "text": "Câu nào mô tả đúng quan hệ giữa bạo lực trên cơ sở giới (BLG) và bạo lực gia đình (BLGĐ)?",
            "options": [
                ["BLG và BLGĐ là hai tên gọi của cùng một khái niệm", False],
                [
                    "BLGĐ xuất phát từ quan niệm về vai trò giới thì đồng thời là BLG; còn BLG không chỉ "
                    "xảy ra trong gia đình",
                    True,
                ],
                ["BLG chỉ xảy ra ở nơi công cộng, còn BLGĐ chỉ xảy ra trong nhà", False],
                ["BLGĐ không bao giờ được coi là BLG", False],
            ],
            "explanation": (
                "Ví dụ trong bài: chồng đánh vợ vì cho rằng vợ “không biết phận” vừa là BLGĐ vừa là BLG. "
                "Ngược lại, BLG còn xảy ra ở trường học, nơi làm việc, nơi công cộng và trên không gian "
                "mạng."
            ),
            "tags": ["dinh-nghia-va-hinh-thuc-bao-luc"],
        },
        {
            "kind": "single",
            "text": (
                "Gia đình ép con gái 15 tuổi nghỉ học để cưới. Theo gợi ý của bài tập phân loại, tình "
                "huống này là gì?"
            ),
            "options": [
                ["Cưỡng ép tảo hôn và từ chối cơ hội học tập", True],
                ["Không phải bạo lực vì đó là quyết định của cha mẹ", False],
                ["Quấy rối tình dục trên không gian mạng", False],
            ],
            "explanation": (
                "Bài tập gợi ý xếp tình huống này vào cưỡng ép tảo hôn và từ chối cơ hội học tập, một "
                "dạng BLG (từ chối tài nguyên, cơ hội vì lý do giới, như buộc con gái nghỉ học sớm)."
            ),
            "tags": ["dinh-nghia-va-hinh-thuc-bao-luc"],
        },
        # --- thuc-trang-va-rao-can-tim-tro-giup ---
        {
            "kind": "single",
            "text": (
                "Theo Điều tra quốc gia năm 2019, bao nhiêu phần trăm phụ nữ bị chồng bạo lực không tìm "
                "trợ giúp từ cơ quan chính quyền?"
            ),
            "options": [
                ["Gần 63%", False],
                ["47%", False],
                ["Gần 32%", False],
                ["90,4%", True],
            ],
            "explanation": (
                "90,4% không tìm trợ giúp từ cơ quan chính quyền (dễ nhớ: mười người thì chín người không "
                "tìm đến). 63% là tỷ lệ từng bị bạo lực trong đời, gần 32% là trong 12 tháng qua, 47% là "
                "bạo lực tinh thần."
            ),
            "tags": ["thuc-trang-va-rao-can-tim-tro-giup"],
        },
        {
            "kind": "single",
            "text": "Câu “xấu chàng hổ ai” thể hiện rào cản nào khiến người bị bạo lực im lặng?",
            "options": [
                ["Phụ thuộc kinh tế", False],
                ["Định kiến", True],
                ["Khoảng cách, ngôn ngữ", False],
                ["Sợ bị trả thù", False],
            ],
            "explanation": "Trong danh sách rào cản của bài, “xấu chàng hổ ai” là ví dụ cho rào cản định kiến.",
            "tags": ["thuc-trang-va-rao-can-tim-tro-giup"],
        },
        {
            "kind": "multiple",
            "text": "Theo bài, cán bộ có thể làm những việc nào để giảm rào cản khi người bị bạo lực tìm trợ giúp?",
            "options": [
                ["Giữ bí mật và chủ động giới thiệu dịch vụ", True],
                ["Mời người chồng cùng ngồi nghe để hai bên hòa giải ngay", False],
                ["Gặp ở nơi kín đáo", True],
                ["Có phiên dịch tin cậy khi cần", True],
                ["Hỏi chị đã làm gì để anh ấy nổi giận", False],
            ],
            "explanation": (
                "Bài nêu việc cán bộ làm được: giữ bí mật, chủ động giới thiệu dịch vụ, gặp ở nơi kín "
                "đáo, có phiên dịch tin cậy, không đổ lỗi. Có người gây bạo lực ngồi cạnh thì nạn nhân "
                "không dám nói, và sợ bị “hòa giải cho xong” chính là một rào cản."
            ),
            "tags": ["thuc-trang-va-rao-can-tim-tro-giup"],
        },
        {
            "kind": "true_false",
            "text": (
                "Có thể dùng các tỷ lệ của Điều tra quốc gia năm 2019 như số liệu riêng của tỉnh hoặc "
                "của xã mình khi truyền thông."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": ("Bài lưu ý đây là số liệu toàn quốc, không tự suy ra cho tỉnh, xã."),
            "tags": ["thuc-trang-va-rao-can-tim-tro-giup"],
        },
    ],
    # ------------------------------------------------------------------
    "khung-phap-ly-va-nguyen-tac-chi-dao": [
        # --- luat-binh-dang-gioi-va-luat-pcblgd-2022 ---
        {
            "kind": "single",
            "text": "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 có hiệu lực từ ngày nào?",
            "options": [
                ["14/11/2022", False],
                ["01/7/2023", True],
                ["29/11/2006", False],
                ["01/01/2026", False],
            ],
            "explanation": (
                "Luật được thông qua ngày 14/11/2022 và có hiệu lực từ 01/7/2023, thay thế Luật năm 2007."
            ),
            "tags": ["luat-binh-dang-gioi-va-luat-pcblgd-2022"],
        },
        {
            "kind": "multiple",
            "text": (
                "Theo cách sắp xếp các hành vi ở Điều 3 Luật năm 2022 trong bài, những hành vi nào thuộc "
                "nhóm bạo lực kinh tế?"
            ),
            "options": [
                ["Kiểm soát tài sản, thu nhập", True],
                ["Ngăn cản gặp người thân, cô lập", False],
                ["Cưỡng ép ra khỏi chỗ ở hợp pháp", True],
                ["Cưỡng ép xem nội dung khiêu dâm", False],
                ["Chiếm đoạt, hủy hoại tài sản", True],
            ],
            "explanation": (
                "Nhóm kinh tế gồm chiếm đoạt, hủy hoại tài sản; kiểm soát tài sản, thu nhập; cưỡng ép "
                "đóng góp tài chính quá khả năng, lao động quá sức; cưỡng ép ra khỏi chỗ ở hợp pháp. Cô "
                "lập thuộc nhóm tinh thần, ép xem nội dung khiêu dâm thuộc nhóm tình dục."
            ),
            "tags": ["luat-binh-dang-gioi-va-luat-pcblgd-2022"],
        },
        {
            "kind": "true_false",
            "text": (
                "Theo Luật năm 2022, một hành vi chỉ được coi là bạo lực gia đình khi đã gây ra tổn hại "
                "trên thực tế."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Định nghĩa tại Điều 2 gồm cả hành vi “có khả năng gây tổn hại”: không cần chờ hậu quả "
                "xảy ra mới coi là bạo lực."
            ),
            "tags": ["luat-binh-dang-gioi-va-luat-pcblgd-2022"],
        },
        # --- bao-tin-bien-phap-bao-ve-va-cam-tiep-xuc ---
        {
            "kind": "multiple",
            "text": (
                "Theo Điều 19 Luật năm 2022, người biết về hành vi bạo lực gia đình có thể báo tin, tố "
                "giác tới những nơi nào sau đây?"
            ),
            "options": [
                ["UBND cấp xã", True],
                ["Nhóm Zalo chung của thôn", False],
                ["Công an hoặc Đồn Biên phòng gần nhất", True],
                ["Cơ sở giáo dục nơi người bị bạo lực đang học", True],
                ["Bất kỳ số điện thoại “đường dây nóng” nào tìm thấy trên mạng xã hội", False],
            ],
            "explanation": (
                "Điều 19 liệt kê UBND cấp xã; Công an hoặc Đồn Biên phòng gần nhất; cơ sở giáo dục nơi "
                "người bị bạo lực đang học; Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban công tác Mặt "
                "trận; người đứng đầu tổ chức chính trị – xã hội cấp xã; Tổng đài quốc gia. Chỉ phổ biến "
                "các số đã xác minh hoặc theo thông báo chính thức."
            ),
            "tags": ["bao-tin-bien-phap-bao-ve-va-cam-tiep-xuc"],
        },
        {
            "kind": "single",
            "text": "Quyết định cấm tiếp xúc do Chủ tịch UBND cấp xã ban hành có thời hạn mỗi lần là bao lâu?",
            "options": [
                ["Không quá 12 giờ", False],
                ["Không quá 03 ngày", True],
                ["Không quá 7 ngày", False],
                ["Không quá 30 ngày", False],
            ],
            "explanation": (
                "Theo Điều 25: xem xét trong 12 giờ, quyết định có hiệu lực ngay khi ký, và mỗi lần "
                "không quá 03 ngày."
            ),
            "tags": ["bao-tin-bien-phap-bao-ve-va-cam-tiep-xuc"],
        },
        {
            "kind": "true_false",
            "text": (
                "Khi hành vi bạo lực đe dọa tính mạng, Chủ tịch UBND cấp xã có thể quyết định cấm tiếp "
                "xúc mà không cần có đề nghị."
            ),
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Đây là ngoại lệ tại Điều 25: thông thường cần đề nghị của người bị bạo lực hoặc người "
                "đại diện, nhưng khi tính mạng bị đe dọa thì không cần đề nghị."
            ),
            "tags": ["bao-tin-bien-phap-bao-ve-va-cam-tiep-xuc"],
        },
        # --- chuong-trinh-quoc-gia-ke-hoach-tinh-thang-hanh-dong ---
        {
            "kind": "single",
            "text": (
                "Theo Quyết định 2232/QĐ-TTg, đến năm 2025 tối thiểu bao nhiêu phần trăm người bị bạo "
                "lực trên cơ sở giới tìm kiếm trợ giúp từ cơ quan cung cấp dịch vụ?"
            ),
            "options": [
                ["50%", True],
                ["80%", False],
                ["90%", False],
                ["100%", False],
            ],
            "explanation": (
                "Chương trình quốc gia đặt mục tiêu tối thiểu 50% người bị BLG tìm kiếm trợ giúp và 100% "
                "trường hợp có nhu cầu được trợ giúp."
            ),
            "tags": ["chuong-trinh-quoc-gia-ke-hoach-tinh-thang-hanh-dong"],
        },
        {
            "kind": "single",
            "text": (
                "Kế hoạch năm 2023 của UBND tỉnh Ninh Thuận đặt chỉ tiêu bao nhiêu phần trăm trường hợp "
                "có nhu cầu được trợ giúp?"
            ),
            "options": [
                ["50%", False],
                ["70%", False],
                ["90%", True],
                ["100%", False],
            ],
            "explanation": (
                "Kế hoạch của tỉnh có hai chỉ tiêu: tối thiểu 50% người bị BLG tìm kiếm trợ giúp và 90% "
                "trường hợp có nhu cầu được trợ giúp (Chương trình quốc gia đặt 100%)."
            ),
            "tags": ["chuong-trinh-quoc-gia-ke-hoach-tinh-thang-hanh-dong"],
        },
        {
            "kind": "single",
            "text": (
                "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
                "diễn ra vào thời gian nào hằng năm?"
            ),
            "options": [
                ["Tháng 6", False],
                ["Từ 15/11 đến 15/12", True],
                ["Tháng 3", False],
            ],
            "explanation": (
                "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với BLG kéo dài từ 15/11 đến "
                "15/12 hằng năm; tháng 6 là Tháng hành động quốc gia về phòng, chống bạo lực gia đình."
            ),
            "tags": ["chuong-trinh-quoc-gia-ke-hoach-tinh-thang-hanh-dong"],
        },
        # --- nguyen-tac-chi-dao-khi-ho-tro ---
        {
            "kind": "single",
            "text": "Trong sáu nguyên tắc chỉ đạo, nguyên tắc nào được coi là ưu tiên số một?",
            "options": [
                ["Bảo mật", False],
                ["Tôn trọng", False],
                ["Không phân biệt đối xử", False],
                ["An toàn", True],
            ],
            "explanation": (
                "An toàn là ưu tiên số một: trước mỗi quyết định, hãy hỏi việc này có làm người bị bạo "
                "lực nguy hiểm hơn không."
            ),
            "tags": ["nguyen-tac-chi-dao-khi-ho-tro"],
        },
        {
            "kind": "single",
            "text": (
                "Theo Nghị định 13/2023/NĐ-CP được nêu trong bài, sự im lặng hoặc không phản hồi của "
                "người bị bạo lực được hiểu thế nào?"
            ),
            "options": [
                ["Là đồng ý ngầm", False],
                ["Không phải là đồng ý", True],
                ["Là đồng ý nếu cán bộ đã giải thích trước", False],
                ["Là đồng ý trong trường hợp cần gấp", False],
            ],
            "explanation": (
                "Nghị định yêu cầu sự đồng ý phải tự nguyện, rõ ràng, cụ thể và kiểm chứng được; im lặng "
                "hoặc không phản hồi không phải là đồng ý."
            ),
            "tags": ["nguyen-tac-chi-dao-khi-ho-tro"],
        },
        {
            "kind": "multiple",
            "text": "Những nội dung nào đúng với “đồng ý có hiểu biết” theo bài học?",
            "options": [
                ["Người bị bạo lực hiểu rõ thông tin của họ được dùng thế nào", True],
                ["Chỉ cần hỏi một lần khi bắt đầu hỗ trợ", False],
                ["Người bị bạo lực biết ai sẽ biết thông tin của mình", True],
                ["Đã đồng ý thì không được rút lại", False],
                ["Người bị bạo lực có quyền từ chối hoặc rút lại sự đồng ý", True],
            ],
            "explanation": (
                "Đồng ý có hiểu biết là người bị bạo lực hiểu rõ thông tin được dùng thế nào, ai sẽ biết, "
                "và có quyền từ chối hoặc rút lại; cần hỏi trước khi bắt đầu và hỏi lại trong suốt quá "
                "trình hỗ trợ."
            ),
            "tags": ["nguyen-tac-chi-dao-khi-ho-tro"],
        },
    ],
}
