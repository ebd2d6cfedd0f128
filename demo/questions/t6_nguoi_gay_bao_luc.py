"""Câu hỏi ôn tập khối 6: Làm việc với người gây bạo lực (nội dung demo, dữ liệu thuần)."""

QUESTIONS = {
    "hieu-hanh-vi-bao-luc": [
        {
            "kind": "single",
            "text": (
                "Theo Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, bạo lực gia đình là gì?"
            ),
            "options": [
                ["Hành vi gây thương tích về thể chất giữa vợ và chồng", False],
                [
                    (
                        "Hành vi cố ý của thành viên gia đình gây tổn hại hoặc có khả năng gây tổn "
                        "hại về thể chất, tinh thần, tình dục, kinh tế đối với thành viên khác"
                    ),
                    True,
                ],
                ["Mọi mâu thuẫn, cãi vã xảy ra trong gia đình", False],
                ["Hành vi vô ý gây tổn hại trong lúc nóng giận nhất thời", False],
            ],
            "explanation": (
                "Luật 2022 định nghĩa bạo lực gia đình là hành vi cố ý gây tổn hại hoặc có khả "
                "năng gây tổn hại về thể chất, tinh thần, tình dục, kinh tế. Chữ “cố ý” cho thấy "
                "luật không coi bạo lực là tai nạn."
            ),
            "tags": ["quyen-luc-va-kiem-soat"],
        },
        {
            "kind": "single",
            "text": (
                "Theo bài học, điều gì duy trì sự kiểm soát hằng ngày trong khuôn mẫu quyền lực và "
                "kiểm soát?"
            ),
            "options": [
                ["Chỉ những cú đánh để lại thương tích", False],
                ["Sự đồng thuận tự nguyện của người bị bạo lực", False],
                ["Nỗi sợ bị đánh", True],
                ["Những lúc người gây bạo lực say rượu", False],
            ],
            "explanation": (
                "Bài học nêu: cú đánh thường chỉ là phần nổi; nỗi sợ bị đánh mới duy trì sự kiểm "
                "soát hằng ngày đối với việc ai giữ tiền, ai được đi đâu, gặp ai."
            ),
            "tags": ["quyen-luc-va-kiem-soat"],
        },
        {
            "kind": "multiple",
            "text": (
                "Những hành vi nào được Luật 2022 coi là bạo lực gia đình dù không để lại vết "
                "thương?"
            ),
            "options": [
                ["Lăng mạ, chì chiết, xúc phạm danh dự", True],
                ["Vợ chồng bàn bạc với nhau trước khi chi một khoản tiền lớn", False],
                ["Ngăn cản gặp người thân, cô lập", True],
                ["Kiểm soát tài sản, thu nhập", True],
                ["Khuyến khích vợ về thăm mẹ đẻ", False],
            ],
            "explanation": (
                "Trong 16 hành vi bạo lực gia đình, nhiều hành vi không để lại vết thương: lăng "
                "mạ, chì chiết; ngăn cản gặp người thân, cô lập; kiểm soát tài sản, thu nhập; "
                "cưỡng ép quan hệ tình dục; tiết lộ đời tư để xúc phạm."
            ),
            "tags": ["quyen-luc-va-kiem-soat"],
        },
        {
            "kind": "true_false",
            "text": (
                "Nếu coi bạo lực chỉ là “nóng giận nhất thời”, người hỗ trợ có thể chỉ dạy cách "
                "kìm cơn giận mà bỏ qua niềm tin “tôi có quyền quyết định thay vợ”."
            ),
            "options": [
                ["Đúng", True],
                ["Sai", False],
            ],
            "explanation": (
                "Đúng. Bài học giải thích vì sao hiểu đúng lại quan trọng: bạo lực là hành vi có "
                "chủ ý để giành hoặc giữ quyền kiểm soát, được học và được lựa chọn, nên có thể "
                "thay đổi."
            ),
            "tags": ["quyen-luc-va-kiem-soat"],
        },
        {
            "kind": "single",
            "text": "Luật Bình đẳng giới 2006 phân biệt “giới tính” và “giới” như thế nào?",
            "options": [
                [
                    (
                        "Giới tính là đặc điểm sinh học; giới là đặc điểm, vị trí, vai trò của nam "
                        "và nữ trong mọi quan hệ xã hội"
                    ),
                    True,
                ],
                [
                    "Giới là đặc điểm sinh học; giới tính là vai trò của nam và nữ trong xã hội",
                    False,
                ],
                ["Giới và giới tính là một, đều do sinh học quyết định", False],
                ["Giới tính là vai trò trong gia đình, giới là vai trò ngoài xã hội", False],
            ],
            "explanation": (
                "Giới tính là đặc điểm sinh học; giới là đặc điểm, vị trí, vai trò xã hội, được "
                "học từ gia đình, bạn bè, làng xóm, nên có thể thay đổi."
            ),
            "tags": ["chuan-muc-nam-tinh-va-loi-bao-chua"],
        },
        {
            "kind": "single",
            "text": (
                "Anh T. tát và xô vợ ngã sau khi nhậu, rồi nói: “Tại rượu thôi.” Theo bài học, câu "
                "đáp nào phù hợp?"
            ),
            "options": [
                ["“Đàn ông ai chẳng có lúc vậy, lần sau bớt uống là được.”", False],
                ["“Anh đúng là kẻ vũ phu, cả thôn ai cũng biết.”", False],
                [
                    (
                        "“Đi biển cực thật. Nhưng cái tát là việc anh chọn làm, không phải việc "
                        "rượu làm.”"
                    ),
                    True,
                ],
                ["“Thôi anh về làm lành với chị, chị ấy cũng có lỗi.”", False],
            ],
            "explanation": (
                "Câu đáp đúng ghi nhận sự vất vả mà không chấp nhận bạo lực, đặt trách nhiệm vào "
                "lựa chọn của anh T. Các câu khác là đồng lõa, làm nhục hoặc đẩy trách nhiệm sang "
                "người bị bạo lực."
            ),
            "tags": ["chuan-muc-nam-tinh-va-loi-bao-chua"],
        },
        {
            "kind": "multiple",
            "text": (
                "Theo bài học, những cách nào giúp đáp lại lời bào chữa mà không đồng lõa, không "
                "làm nhục?"
            ),
            "options": [
                [
                    (
                        "Ghi nhận cảm xúc nhưng tách khỏi hành vi: “Anh bực chuyện tiền là thật. "
                        "Còn việc đánh là anh chọn.”"
                    ),
                    True,
                ],
                ["Cười theo cho không khí bớt căng thẳng", False],
                ["Hỏi để người đó tự thấy lựa chọn: “Lúc đó anh có thể làm gì khác?”", True],
                ["Lên lớp, phê phán anh ta trước đám đông để răn đe", False],
                ["Hướng tới hậu quả với người anh thương: “Các cháu thấy cảnh đó thì sao?”", True],
            ],
            "explanation": (
                "Cười theo là đồng lõa, củng cố lời bào chữa; lên lớp trước đám đông là làm nhục, "
                "khiến người đó phòng thủ. Ba cách còn lại là những cách bài học gợi ý."
            ),
            "tags": ["chuan-muc-nam-tinh-va-loi-bao-chua"],
        },
        {
            "kind": "single",
            "text": "Vì sao lời bào chữa “Tôi nóng tính” không giải thích được hành vi bạo lực?",
            "options": [
                ["Vì nóng tính là bẩm sinh nên hành vi không thể thay đổi", False],
                ["Vì người bị bạo lực đã khiêu khích trước", False],
                ["Vì chỉ người say rượu mới có thể gây bạo lực", False],
                [
                    (
                        "Vì người “nóng tính” vẫn kìm được ở cơ quan, ngoài chợ; cơn nóng chỉ trút "
                        "vào vợ con"
                    ),
                    True,
                ],
            ],
            "explanation": (
                "Bài học chỉ ra: người “nóng tính” vẫn kìm được ở cơ quan, ngoài chợ. Nóng tính "
                "không giải thích vì sao cơn nóng chỉ trút vào vợ con; đó là hoàn cảnh, không phải "
                "lý do."
            ),
            "tags": ["chuan-muc-nam-tinh-va-loi-bao-chua"],
        },
        {
            "kind": "single",
            "text": (
                "Theo Luật 2022, giáo dục, hỗ trợ chuyển đổi hành vi là việc cung cấp kiến thức, "
                "kỹ năng gì?"
            ),
            "options": [
                ["Hòa giải vợ chồng, giữ gìn hạnh phúc gia đình", False],
                ["Kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu thuẫn", True],
                ["Làm kinh tế, tăng thu nhập cho gia đình", False],
                ["Tìm hiểu quy định xử phạt vi phạm hành chính", False],
            ],
            "explanation": (
                "Luật định nghĩa giáo dục, hỗ trợ chuyển đổi hành vi là cung cấp kiến thức, kỹ "
                "năng kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu thuẫn. Đây không phải "
                "“giảng hòa” vợ chồng."
            ),
            "tags": ["bien-phap-theo-luat-doi-voi-nguoi-gay-bao-luc"],
        },
        {
            "kind": "multiple",
            "text": (
                "Những biện pháp nào có trong danh sách biện pháp ngăn chặn, bảo vệ của Luật 2022 "
                "được nêu trong bài?"
            ),
            "options": [
                ["Cấm tiếp xúc", True],
                ["Bắt buộc hòa giải vợ chồng tại thôn", False],
                ["Góp ý, phê bình trong cộng đồng", True],
                ["Công việc phục vụ cộng đồng", True],
                ["Buộc người bị bạo lực quay về nhà", False],
            ],
            "explanation": (
                "Danh sách trong bài gồm 11 biện pháp, trong đó có cấm tiếp xúc, góp ý, phê bình "
                "trong cộng đồng và công việc phục vụ cộng đồng. Không có biện pháp bắt buộc hòa "
                "giải hay buộc người bị bạo lực quay về."
            ),
            "tags": ["bien-phap-theo-luat-doi-voi-nguoi-gay-bao-luc"],
        },
        {
            "kind": "true_false",
            "text": (
                "Người hỗ trợ có thể hứa với người gây bạo lực rằng tham gia chương trình chuyển "
                "đổi hành vi sẽ giúp được miễn xử lý vi phạm."
            ),
            "options": [
                ["Đúng", False],
                ["Sai", True],
            ],
            "explanation": (
                "Sai. Bài học nêu rõ người hỗ trợ không hứa điều này. Các biện pháp thay đổi hành "
                "vi đi cùng, chứ không thay thế, các biện pháp bảo vệ người bị bạo lực và xử lý vi "
                "phạm."
            ),
            "tags": ["bien-phap-theo-luat-doi-voi-nguoi-gay-bao-luc"],
        },
        {
            "kind": "single",
            "text": (
                "Buổi góp ý, phê bình trong cộng đồng đối với người gây bạo lực nên được thực hiện "
                "thế nào?"
            ),
            "options": [
                ["Kể rõ chi tiết đời tư của gia đình để cộng đồng thấy mức độ nghiêm trọng", False],
                ["Mời người bị bạo lực kể lại sự việc trước cuộc họp để làm chứng", False],
                [
                    (
                        "Tập trung vào hành vi và trách nhiệm của người gây bạo lực, không nhắc "
                        "chi tiết riêng tư của người bị bạo lực khi họ chưa đồng ý"
                    ),
                    True,
                ],
                ["Phân tích lỗi của cả hai vợ chồng cho công bằng", False],
            ],
            "explanation": (
                "Góp ý, phê bình có tác dụng khi tập trung vào hành vi và trách nhiệm của người "
                "gây bạo lực. Tiết lộ, phát tán đời tư để xúc phạm cũng là hành vi bạo lực gia "
                "đình."
            ),
            "tags": ["bien-phap-theo-luat-doi-voi-nguoi-gay-bao-luc"],
        },
    ],
    "ho-tro-chuyen-doi-hanh-vi": [
        {
            "kind": "single",
            "text": "Khi chuẩn bị buổi làm việc cá nhân với người gây bạo lực, việc nào là đúng?",
            "options": [
                ["Gặp tại nhà khi có mặt người bị bạo lực để nghe cả hai phía", False],
                ["Nói rõ giới hạn bảo mật từ đầu: lời đe dọa làm hại người khác sẽ được báo", True],
                ["Kể lại cho người gây bạo lực những gì vợ anh đã kể để anh hiểu vấn đề", False],
                ["Luôn đi một mình để tạo sự tin tưởng, kể cả khi nguy cơ cao", False],
            ],
            "explanation": (
                "Khi chuẩn bị: hỏi người quản lý ca về mức độ nguy cơ (khi người bị bạo lực đồng "
                "ý), không bao giờ nói lại điều người bị bạo lực đã kể, gặp ở trụ sở, đi hai người "
                "khi nguy cơ cao và nói rõ giới hạn bảo mật từ đầu."
            ),
            "tags": ["buoi-lam-viec-ca-nhan"],
        },
        {
            "kind": "single",
            "text": (
                "Anh K. đã dự bốn buổi làm việc, nói mình đã bỏ rượu và nhờ: “Cô nói giúp vợ tôi "
                "về đi, cô ấy nghe cô.” Cách đáp nào phù hợp với bài học?"
            ),
            "options": [
                ["Nhận lời nhắn giúp, vì anh K. đã bỏ rượu nên chị có thể yên tâm về", False],
                ["Khuyên vợ anh nên về vì con còn nhỏ", False],
                [
                    (
                        "“Em ghi nhận anh đã bỏ rượu. Chị về hay không là chị quyết định, em không "
                        "nói thay anh được.”"
                    ),
                    True,
                ],
                ["Hứa sẽ nói giúp nếu anh dự thêm vài buổi nữa", False],
            ],
            "explanation": (
                "Người hỗ trợ không làm người đưa tin hay thuyết phục người bị bạo lực quay về; "
                "quyết định là của chị. Thay đổi thật được đo bằng mức độ an toàn và tự do của "
                "người bị bạo lực, không bằng lời hứa."
            ),
            "tags": ["buoi-lam-viec-ca-nhan"],
        },
        {
            "kind": "multiple",
            "text": "Theo bài học, kỹ năng “tạm dừng” đúng cách gồm những việc nào?",
            "options": [
                ["Nói trước là mình ra ngoài", True],
                ["Lái xe đi đâu đó cho nguôi giận", False],
                ["Đi bộ, không uống rượu", True],
                ["Bỏ đi không nói gì để tránh cãi nhau", False],
                ["Quay lại khi đã bình tĩnh", True],
            ],
            "explanation": (
                "Tạm dừng đúng cách: nói trước là mình ra ngoài, đi bộ, không uống rượu, không "
                "chạy xe khi đang giận, quay lại khi đã bình tĩnh."
            ),
            "tags": ["buoi-lam-viec-ca-nhan"],
        },
        {
            "kind": "true_false",
            "text": (
                "Buổi làm việc cá nhân với người gây bạo lực không phải tham vấn cho cặp vợ chồng "
                "và không phải hòa giải."
            ),
            "options": [
                ["Đúng", True],
                ["Sai", False],
            ],
            "explanation": (
                "Đúng. Mục tiêu trước mắt là chấm dứt bạo lực; mục tiêu lâu dài là người đó thừa "
                "nhận hành vi, nhận trách nhiệm và có kỹ năng giải quyết mâu thuẫn không bạo lực. "
                "Bài học nói rõ buổi làm việc không phải tham vấn cặp đôi hay hòa giải."
            ),
            "tags": ["buoi-lam-viec-ca-nhan"],
        },
        {
            "kind": "single",
            "text": (
                "Điểm khác nhau chính giữa câu lạc bộ nam giới ở cộng đồng và nhóm hỗ trợ chuyển "
                "đổi hành vi là gì?"
            ),
            "options": [
                [
                    (
                        "Câu lạc bộ cộng đồng dành cho người đã gây bạo lực; nhóm chuyển đổi hành "
                        "vi hướng tới phòng ngừa cho mọi nam giới"
                    ),
                    False,
                ],
                [
                    (
                        "Hai loại nhóm như nhau, có thể đưa bất kỳ ai vào mà không cần đánh giá "
                        "nguy cơ"
                    ),
                    False,
                ],
                [
                    (
                        "Câu lạc bộ cộng đồng hướng tới phòng ngừa; nhóm chuyển đổi hành vi dành "
                        "cho người đã gây bạo lực, cần hướng dẫn viên được tập huấn và gắn với "
                        "quản lý ca"
                    ),
                    True,
                ],
                [
                    (
                        "Câu lạc bộ cộng đồng chỉ dành cho người có uy tín, nhóm chuyển đổi hành "
                        "vi chỉ dành cho thanh niên"
                    ),
                    False,
                ],
            ],
            "explanation": (
                "Câu lạc bộ ở cộng đồng hướng tới phòng ngừa; nhóm hỗ trợ chuyển đổi hành vi dành "
                "cho người đã gây bạo lực, cần hướng dẫn viên được tập huấn, gắn với quản lý ca và "
                "kế hoạch an toàn của người bị bạo lực."
            ),
            "tags": ["nhom-nam-gioi-tien-phong"],
        },
        {
            "kind": "single",
            "text": "Theo bài học, một nhóm sinh hoạt nam giới nên có khoảng bao nhiêu người?",
            "options": [
                ["Khoảng 3–5 người", False],
                ["Khoảng 10–15 người", True],
                ["Khoảng 30–40 người", False],
                ["Càng đông càng tốt", False],
            ],
            "explanation": (
                "Bài học gợi ý nhóm nhỏ, khoảng 10–15 người, để ai cũng được nói, với hai hướng "
                "dẫn viên."
            ),
            "tags": ["nhom-nam-gioi-tien-phong"],
        },
        {
            "kind": "single",
            "text": (
                "Trong buổi sinh hoạt, một thành viên kể về bạo lực đang diễn ra trong nhà mình. "
                "Hướng dẫn viên nên làm gì?"
            ),
            "options": [
                [
                    (
                        "Không xử lý trước cả nhóm; nói chuyện riêng sau buổi, báo người giám sát "
                        "và làm theo quy trình bảo vệ người bị bạo lực"
                    ),
                    True,
                ],
                ["Đề nghị cả nhóm cùng phân tích, góp ý ngay tại buổi", False],
                ["Bỏ qua để giữ không khí thoải mái cho nhóm", False],
                ["Mời vợ anh ấy đến buổi sau để đối chất", False],
            ],
            "explanation": (
                "Khi thành viên kể về bạo lực đang diễn ra, không xử lý trước cả nhóm: nói chuyện "
                "riêng sau buổi, báo người giám sát và làm theo quy trình bảo vệ người bị bạo lực."
            ),
            "tags": ["nhom-nam-gioi-tien-phong"],
        },
        {
            "kind": "multiple",
            "text": "Những nội dung nào nên có trong nội quy nhóm được xây dựng ngay buổi đầu?",
            "options": [
                ["Giữ bí mật chuyện của nhau", True],
                ["Cho phép uống chút rượu bia để mọi người cởi mở", False],
                ["Không khoe khoang hay đùa cợt về bạo lực", True],
                ["Không kể chuyện riêng của vợ", True],
                ["Mỗi người kể một lỗi của vợ mình trong tuần", False],
            ],
            "explanation": (
                "Nội quy gồm giữ bí mật, tôn trọng, không khoe khoang hay đùa cợt về bạo lực, "
                "không kể chuyện riêng của vợ. Nơi sinh hoạt không có rượu bia, và nhóm không được "
                "trượt thành nơi than phiền về vợ."
            ),
            "tags": ["nhom-nam-gioi-tien-phong"],
        },
        {
            "kind": "single",
            "text": (
                "Theo nguyên tắc không gây hại, mọi hoạt động làm việc với người gây bạo lực phải "
                "trả lời câu hỏi nào?"
            ),
            "options": [
                ["Việc này có giúp đạt chỉ tiêu số người gây bạo lực được tư vấn không?", False],
                ["Việc này có làm người gây bạo lực hài lòng không?", False],
                ["Việc này có giúp vợ chồng sớm đoàn tụ không?", False],
                ["Việc này làm người bị bạo lực an toàn hơn hay nguy hiểm hơn?", True],
            ],
            "explanation": (
                "Theo nguyên tắc không gây hại, mọi hoạt động phải trả lời: việc này làm người bị "
                "bạo lực an toàn hơn hay nguy hiểm hơn. Khi mâu thuẫn, an toàn của người bị bạo "
                "lực luôn được ưu tiên."
            ),
            "tags": ["an-toan-tren-het-khi-nao-dung-va-chuyen-tuyen"],
        },
        {
            "kind": "multiple",
            "text": "Những dấu hiệu nào cho thấy cần dừng lại và hành động ngay?",
            "options": [
                ["Đe dọa giết người bị bạo lực hoặc con cái, hoặc đe dọa tự tử", True],
                ["Đến buổi sinh hoạt đúng giờ và tham gia thảo luận", False],
                ["Theo dõi, rình rập, tìm cách biết nơi tạm lánh", True],
                ["Vi phạm quyết định cấm tiếp xúc", True],
                ["Muốn học thêm kỹ năng kiềm chế cơn giận", False],
            ],
            "explanation": (
                "Đe dọa giết hoặc tự tử, theo dõi, rình rập, tìm nơi tạm lánh và vi phạm quyết "
                "định cấm tiếp xúc đều nằm trong danh sách dấu hiệu cần dừng lại và hành động ngay."
            ),
            "tags": ["an-toan-tren-het-khi-nao-dung-va-chuyen-tuyen"],
        },
        {
            "kind": "single",
            "text": (
                "Nửa đêm, anh Q. nhắn hướng dẫn viên hỏi chỗ vợ đang tạm lánh và viết: “Không về "
                "thì em làm cho ra lẽ.” Việc nào phù hợp?"
            ),
            "options": [
                ["Cho anh Q. biết nơi tạm lánh vì anh nói chỉ muốn nói chuyện", False],
                [
                    (
                        "Không trả lời về nơi ở, lưu tin nhắn, báo ngay người giám sát và người "
                        "quản lý ca để cảnh báo nơi tạm lánh"
                    ),
                    True,
                ],
                ["Nhắn tin tranh luận để anh Q. hiểu hành vi của mình là sai", False],
                ["Xóa tin nhắn để giữ bí mật cho anh Q.", False],
            ],
            "explanation": (
                "Tìm nơi ở của người bị bạo lực sau khi họ rời đi, kèm lời đe dọa, là dấu hiệu "
                "nguy cơ cao. Không xác nhận gì, không tranh cãi; lưu tin nhắn, báo người giám sát "
                "và người quản lý ca; nếu anh Q. có vẻ đang tìm đến, gọi 113."
            ),
            "tags": ["an-toan-tren-het-khi-nao-dung-va-chuyen-tuyen"],
        },
        {
            "kind": "true_false",
            "text": (
                "Tạm dừng làm việc với người gây bạo lực khi có dấu hiệu nguy hiểm có nghĩa là "
                "buông bỏ, không làm gì thêm."
            ),
            "options": [
                ["Đúng", False],
                ["Sai", True],
            ],
            "explanation": (
                "Sai. Bài học nêu: dừng không có nghĩa là buông; đó là lúc chuyển sang hành động "
                "bảo vệ, như gọi 113, báo người quản lý ca để cập nhật kế hoạch an toàn và báo "
                "người giám sát."
            ),
            "tags": ["an-toan-tren-het-khi-nao-dung-va-chuyen-tuyen"],
        },
    ],
}
