"""Câu hỏi ôn tập khối 5: Tư vấn, tham vấn và quản lý ca (nội dung demo, dữ liệu thuần)."""

QUESTIONS = {
    "ky-nang-tu-van-tham-van": [
        {
            "kind": "single",
            "text": (
                "Theo bài học, nguyên tắc nào bao trùm tất cả các nguyên tắc chỉ đạo khi tiếp xúc "
                "với người bị bạo lực?"
            ),
            "options": [
                ["Hòa giải để giữ gìn hạnh phúc gia đình", False],
                ["Không gây hại", True],
                ["Thu thập đầy đủ chi tiết vụ việc ngay trong lần gặp đầu", False],
                ["Báo ngay cho người thân để họ cùng khuyên bảo", False],
            ],
            "explanation": (
                "Bài học nêu: bao trùm tất cả là nguyên tắc không gây hại. Trước mỗi việc định "
                "làm, hãy tự hỏi việc đó có thể khiến người bị bạo lực nguy hiểm hơn không."
            ),
            "tags": ["lang-nghe-lay-nguoi-bi-bao-luc-lam-trung-tam"],
        },
        {
            "kind": "single",
            "text": "Trong sơ cứu tâm lý, hành động “Chuẩn bị” gồm việc nào?",
            "options": [
                ["Để người bị bạo lực kể theo nhịp của mình, không ép kể chi tiết", False],
                [
                    (
                        "Xem họ có thương tích cần cấp cứu không, có ai đi cùng khiến họ không dám "
                        "nói không"
                    ),
                    False,
                ],
                [
                    (
                        "Biết trước các dịch vụ ở địa phương, số khẩn cấp (113, 115) và một chỗ "
                        "kín đáo để nói chuyện"
                    ),
                    True,
                ],
                ["Giúp họ tiếp cận thông tin, dịch vụ và người thân tin cậy mà họ lựa chọn", False],
            ],
            "explanation": (
                "“Chuẩn bị” là biết trước dịch vụ ở địa phương, số khẩn cấp (113 công an, 115 cấp "
                "cứu) và một chỗ kín đáo. Các lựa chọn còn lại lần lượt thuộc “Lắng nghe”, “Quan "
                "sát” và “Kết nối”."
            ),
            "tags": ["lang-nghe-lay-nguoi-bi-bao-luc-lam-trung-tam"],
        },
        {
            "kind": "multiple",
            "text": "Những câu nào nên dùng khi phản hồi người bị bạo lực?",
            "options": [
                ["“Cảm ơn chị đã tin tưởng kể với em.”", True],
                ["“Sao chị không bỏ đi từ lâu?”", False],
                ["“Bị đối xử như vậy không phải lỗi của chị.”", True],
                ["“Thôi nhịn cho êm cửa êm nhà, vì con.”", False],
                ["“Chị chưa cần quyết định gì hôm nay. Mình cùng xem các lựa chọn.”", True],
            ],
            "explanation": (
                "Bài học xếp “Sao chị không bỏ đi từ lâu?” và “Thôi nhịn cho êm cửa êm nhà” vào "
                "những câu cần tránh vì chúng đổ lỗi hoặc gây áp lực; ba câu còn lại là những câu "
                "nên dùng."
            ),
            "tags": ["lang-nghe-lay-nguoi-bi-bao-luc-lam-trung-tam"],
        },
        {
            "kind": "true_false",
            "text": (
                "Theo nguyên tắc tôn trọng, người hỗ trợ chỉ cần tôn trọng lựa chọn của người bị "
                "bạo lực khi mình đồng tình với lựa chọn đó."
            ),
            "options": [
                ["Đúng", False],
                ["Sai", True],
            ],
            "explanation": (
                "Sai. Bài học yêu cầu tôn trọng lựa chọn, mong muốn và phẩm giá của người bị bạo "
                "lực kể cả khi bạn không đồng tình, chẳng hạn khi chị ấy chưa muốn rời khỏi nhà."
            ),
            "tags": ["lang-nghe-lay-nguoi-bi-bao-luc-lam-trung-tam"],
        },
        {
            "kind": "single",
            "text": "Khi nào người hỗ trợ nên nói với người bị bạo lực về giới hạn của bảo mật?",
            "options": [
                ["Ngay từ đầu", True],
                ["Chỉ khi đã buộc phải chia sẻ thông tin", False],
                ["Khi kết thúc buổi tham vấn", False],
                ["Không cần nói, để họ khỏi lo lắng", False],
            ],
            "explanation": (
                "Bài học nhấn mạnh: giới hạn bảo mật phải được nói ngay từ đầu, ví dụ: “Chỉ khi có "
                "nguy hiểm đến tính mạng của chị hoặc các cháu thì em phải báo, và em sẽ cố nói "
                "với chị trước.”"
            ),
            "tags": ["bao-mat-va-dong-y-co-hieu-biet"],
        },
        {
            "kind": "multiple",
            "text": "Theo bài học, những trường hợp nào là giới hạn thường gặp của bảo mật?",
            "options": [
                ["Có nguy cơ đe dọa tính mạng", True],
                ["Người thân của người bị bạo lực hỏi thăm tình hình", False],
                ["Trẻ em bị bạo lực, xâm hại, cần báo cơ quan có trách nhiệm", True],
                ["Trưởng thôn muốn nắm tình hình để báo cáo ở cuộc họp thôn", False],
                ["Có yêu cầu của cơ quan có thẩm quyền theo pháp luật", True],
            ],
            "explanation": (
                "Ba giới hạn thường gặp là nguy cơ đe dọa tính mạng, trẻ em bị bạo lực, xâm hại "
                "(Tổng đài 111) và yêu cầu của cơ quan có thẩm quyền. Bảo mật còn có nghĩa là "
                "không xác nhận với ai, kể cả người thân, và không bàn về ca ở cuộc họp thôn."
            ),
            "tags": ["bao-mat-va-dong-y-co-hieu-biet"],
        },
        {
            "kind": "single",
            "text": "Câu nào mô tả đúng sự đồng ý có hiểu biết theo bài học?",
            "options": [
                ["Chỉ cần xin một lần khi mở ca, sau đó dùng cho mọi bước", False],
                [
                    (
                        "Nếu người bị bạo lực từ chối một dịch vụ thì họ không được nhận các hỗ "
                        "trợ khác"
                    ),
                    False,
                ],
                [
                    (
                        "Người bị bạo lực hiểu dịch vụ là gì, điều gì được ghi lại, ai sẽ biết, và "
                        "có quyền từ chối hoặc dừng bất cứ lúc nào mà không mất hỗ trợ khác"
                    ),
                    True,
                ],
                ["Im lặng hoặc không phản hồi được coi là đồng ý", False],
            ],
            "explanation": (
                "Đồng ý có hiểu biết gồm hiểu dịch vụ, điều được ghi lại, ai sẽ biết, và quyền từ "
                "chối hoặc dừng mà không mất hỗ trợ khác. Đồng ý phải xin lại trước mỗi lần chuyển "
                "tuyến, và im lặng không phải là đồng ý."
            ),
            "tags": ["bao-mat-va-dong-y-co-hieu-biet"],
        },
        {
            "kind": "single",
            "text": (
                "Chị H. đến trạm y tế vì đau vai. Người phiên dịch duy nhất là em họ của chồng "
                "chị; khi được hỏi về vết bầm, chị im lặng và người phiên dịch trả lời thay. Theo "
                "bài học, hôm nay nên làm gì?"
            ),
            "options": [
                [
                    "Tiếp tục hỏi chi tiết về bạo lực qua người phiên dịch này để ghi đủ hồ sơ",
                    False,
                ],
                [
                    (
                        "Lo phần y tế, tìm lý do tự nhiên để gặp riêng chị và cho chị biết ngắn "
                        "gọn rằng trạm có người giúp khi chị cần"
                    ),
                    True,
                ],
                ["Ghi nghi ngờ bị bạo lực vào giấy tờ chị mang về nhà để lần sau theo dõi", False],
                ["Coi sự im lặng của chị là đồng ý và chuyển tuyến ngay", False],
            ],
            "explanation": (
                "Không hỏi sâu về bạo lực trước người thân của chồng vì thông tin có thể về đến "
                "nhà trước chị; im lặng không phải là đồng ý; không ghi suy đoán vào giấy tờ chị "
                "mang về. Sau đó tìm người phiên dịch không có quan hệ với gia đình."
            ),
            "tags": ["bao-mat-va-dong-y-co-hieu-biet"],
        },
        {
            "kind": "single",
            "text": "Tổn thương thứ cấp ở người hỗ trợ là gì?",
            "options": [
                ["Thương tích do người gây bạo lực trực tiếp gây ra cho người hỗ trợ", False],
                ["Sự yếu đuối cá nhân cho thấy người đó không hợp với nghề", False],
                [
                    (
                        "Những phản ứng giống người trải qua sang chấn dù mình không trực tiếp bị "
                        "bạo lực"
                    ),
                    True,
                ],
                ["Cảm giác mệt mỏi thông thường, tự hết sau một đêm ngủ", False],
            ],
            "explanation": (
                "Bài học định nghĩa tổn thương thứ cấp là có những phản ứng giống người trải qua "
                "sang chấn dù không trực tiếp bị bạo lực. Đây không phải yếu đuối mà là rủi ro "
                "nghề nghiệp cần được quản lý."
            ),
            "tags": ["cham-soc-ban-than-nguoi-tu-van"],
        },
        {
            "kind": "multiple",
            "text": (
                "Những biểu hiện nào được bài học nêu là dấu hiệu kiệt sức hoặc tổn thương thứ cấp "
                "thường gặp?"
            ),
            "options": [
                ["Mất ngủ, hình ảnh từ câu chuyện của người khác cứ quay lại trong đầu", True],
                ["Có ít nhất một buổi trao đổi với người giám sát mỗi tuần", False],
                ["Nghĩ rằng chỉ mình mới “cứu” được người đó", True],
                ["Né tránh ca khó, ngại nghe điện thoại, hoặc ôm việc không dám nghỉ", True],
                ["Ngủ đủ, ăn uống đều, có vận động", False],
            ],
            "explanation": (
                "Mất ngủ, hình ảnh ám ảnh, né tránh ca khó hoặc ôm việc, và nghĩ chỉ mình mới "
                "“cứu” được người đó là các dấu hiệu thường gặp. Trao đổi với người giám sát, ngủ "
                "đủ, ăn uống đều là các mục của kế hoạch tự chăm sóc."
            ),
            "tags": ["cham-soc-ban-than-nguoi-tu-van"],
        },
        {
            "kind": "single",
            "text": (
                "Theo bài học về ranh giới nghề nghiệp, ngoài giờ làm việc người hỗ trợ nên hướng "
                "dẫn người bị bạo lực làm gì khi cần giúp?"
            ),
            "options": [
                ["Cứ gọi cho người hỗ trợ bất cứ lúc nào vì chỉ người đó hiểu rõ hoàn cảnh", False],
                [
                    (
                        "Gọi 113 khi nguy hiểm, 115 khi cần cấp cứu, hoặc tổng đài 24/7 của Ngôi "
                        "nhà Bình yên 1900 969 680"
                    ),
                    True,
                ],
                ["Đến ở tạm nhà người hỗ trợ mà không cần cơ quan sắp xếp", False],
                ["Chờ đến giờ làm việc hôm sau, kể cả khi đang gặp nguy hiểm", False],
            ],
            "explanation": (
                "Ranh giới rõ ràng bảo vệ cả hai bên: thỏa thuận cách và giờ liên lạc; ngoài giờ "
                "hướng dẫn gọi 113, 115 hoặc 1900 969 680; không tự đưa người bị bạo lực về ở nhà "
                "mình khi chưa có sự sắp xếp của cơ quan."
            ),
            "tags": ["cham-soc-ban-than-nguoi-tu-van"],
        },
        {
            "kind": "true_false",
            "text": (
                "Theo bài học, chăm sóc bản thân là một phần của đạo đức nghề nghiệp, vì người hỗ "
                "trợ kiệt sức dễ bỏ sót nguy cơ."
            ),
            "options": [
                ["Đúng", True],
                ["Sai", False],
            ],
            "explanation": (
                "Đúng. Thông điệp chính của bài: chăm sóc bản thân là một phần của đạo đức nghề "
                "nghiệp; giám sát chuyên môn định kỳ là trách nhiệm của cả cá nhân lẫn cơ quan."
            ),
            "tags": ["cham-soc-ban-than-nguoi-tu-van"],
        },
    ],
    "quan-ly-ca-6-buoc": [
        {
            "kind": "single",
            "text": (
                "Theo Hướng dẫn liên cơ quan năm 2017, thứ tự đúng của 6 bước quản lý ca là gì?"
            ),
            "options": [
                [
                    (
                        "Đánh giá → Giới thiệu và tiếp cận → Lập kế hoạch hành động → Thực hiện kế "
                        "hoạch → Theo dõi → Đóng ca"
                    ),
                    False,
                ],
                [
                    (
                        "Giới thiệu và tiếp cận → Đánh giá → Thực hiện kế hoạch → Lập kế hoạch "
                        "hành động → Theo dõi → Đóng ca"
                    ),
                    False,
                ],
                [
                    (
                        "Giới thiệu và tiếp cận → Đánh giá → Lập kế hoạch hành động → Thực hiện kế "
                        "hoạch → Theo dõi → Đóng ca"
                    ),
                    True,
                ],
                [
                    (
                        "Giới thiệu và tiếp cận → Lập kế hoạch hành động → Đánh giá → Thực hiện kế "
                        "hoạch → Đóng ca → Theo dõi"
                    ),
                    False,
                ],
            ],
            "explanation": (
                "Sáu bước theo thứ tự: Giới thiệu và tiếp cận, Đánh giá, Lập kế hoạch hành động, "
                "Thực hiện kế hoạch, Theo dõi, Đóng ca. Đồng ý có hiểu biết được xin trước khi bắt "
                "đầu và trong suốt các bước."
            ),
            "tags": ["gioi-thieu-tiep-can-va-danh-gia"],
        },
        {
            "kind": "single",
            "text": "Ở bước 1, trước khi hỏi về bạo lực, người quản lý ca nên làm gì?",
            "options": [
                [
                    (
                        "Hỏi về an toàn lúc này: “Bây giờ chị có an toàn không? Người đó có biết "
                        "chị đang ở đây không?”"
                    ),
                    True,
                ],
                ["Đề nghị chị kể lại toàn bộ sự việc từ đầu", False],
                ["Gọi cho chồng chị để nghe ý kiến của cả hai phía", False],
                ["Hỏi chị đã làm gì khiến chồng nổi nóng", False],
            ],
            "explanation": (
                "Bài học nêu: trước khi hỏi về bạo lực, hỏi về an toàn lúc này; có thương tích "
                "nặng thì gọi 115, bạo lực đang diễn ra hoặc có đe dọa trước mắt thì gọi 113. An "
                "toàn trước, thủ tục sau."
            ),
            "tags": ["gioi-thieu-tiep-can-va-danh-gia"],
        },
        {
            "kind": "multiple",
            "text": "Trong bước đánh giá, những câu hỏi nào thuộc phần đánh giá an toàn?",
            "options": [
                ["Bạo lực có tăng về mức độ, tần suất không", True],
                ["Chị đã nói gì khiến chồng nổi giận", False],
                ["Có lời đe dọa giết, có hung khí không", True],
                ["Chị có đang mang thai không", True],
                ["Chị kể lại chi tiết từng lần bị bạo lực từ trước đến nay", False],
            ],
            "explanation": (
                "Phần an toàn hỏi về mức độ, tần suất bạo lực, lời đe dọa giết, hung khí, ảnh "
                "hưởng đến trẻ em và việc mang thai. Đánh giá không đổ lỗi, chỉ hỏi điều cần thiết "
                "và tránh bắt người bị bạo lực kể lại nhiều lần."
            ),
            "tags": ["gioi-thieu-tiep-can-va-danh-gia"],
        },
        {
            "kind": "true_false",
            "text": (
                "Mục đích của bước đánh giá là điều tra để xác định ai đúng ai sai trong vụ việc."
            ),
            "options": [
                ["Đúng", False],
                ["Sai", True],
            ],
            "explanation": (
                "Sai. Đánh giá để hiểu người bị bạo lực cần gì, không phải để điều tra; đánh giá "
                "phải giúp họ nhẹ nhõm hơn, không phải như bị thẩm vấn."
            ),
            "tags": ["gioi-thieu-tiep-can-va-danh-gia"],
        },
        {
            "kind": "single",
            "text": (
                "Quyết định cấm tiếp xúc do Chủ tịch UBND cấp xã ban hành có thời hạn mỗi lần là "
                "bao lâu?"
            ),
            "options": [
                ["Không quá 12 giờ", False],
                ["Không quá 03 ngày", True],
                ["Không quá 07 ngày", False],
                ["Không quá 30 ngày", False],
            ],
            "explanation": (
                "Cấm tiếp xúc mỗi lần không quá 03 ngày; đề nghị được xem xét trong 12 giờ và "
                "quyết định có hiệu lực ngay khi ký. Ba ngày là ngắn, nên dùng để hoàn thiện kế "
                "hoạch an toàn."
            ),
            "tags": ["lap-ke-hoach-va-thuc-hien"],
        },
        {
            "kind": "single",
            "text": "Mục nào trong kế hoạch hành động được viết đúng theo gợi ý của bài học?",
            "options": [
                ["“Ổn định tâm lý”", False],
                ["“Cố gắng sống tốt hơn”", False],
                ["“Gia đình hòa thuận trở lại”", False],
                ["“Thứ Năm đi khám ở trạm y tế, có cộng tác viên đi cùng”", True],
            ],
            "explanation": (
                "Mỗi nhu cầu trong kế hoạch cần ghi rõ mục tiêu, việc cần làm, ai làm, khi nào. Kế "
                "hoạch phải vừa sức và cụ thể như “thứ Năm đi khám ở trạm y tế, có cộng tác viên "
                "đi cùng”, chứ không chung chung như “ổn định tâm lý”."
            ),
            "tags": ["lap-ke-hoach-va-thuc-hien"],
        },
        {
            "kind": "multiple",
            "text": "Những việc nào giúp chuyển tuyến an toàn và bảo mật?",
            "options": [
                ["Xin đồng ý cho từng nơi chuyển đến", True],
                ["Gửi toàn bộ hồ sơ ca cho nơi nhận để họ khỏi phải hỏi lại", False],
                [
                    (
                        "Chỉ chuyển thông tin tối thiểu cần thiết và gọi trước cho đầu mối tại nơi "
                        "nhận"
                    ),
                    True,
                ],
                ["Xin đồng ý một lần chung cho tất cả các nơi có thể chuyển đến", False],
                ["Hỏi lại sau mỗi lần chuyển: chị đã nhận được dịch vụ chưa", True],
            ],
            "explanation": (
                "Chuyển tuyến an toàn gồm: xin đồng ý cho từng nơi, chỉ chuyển thông tin tối "
                "thiểu, gọi trước cho đầu mối, đi cùng khi cần và hỏi lại sau mỗi lần chuyển."
            ),
            "tags": ["lap-ke-hoach-va-thuc-hien"],
        },
        {
            "kind": "true_false",
            "text": (
                "Kế hoạch an toàn vẫn cần thiết ngay cả khi người bị bạo lực quyết định tiếp tục "
                "sống cùng người gây bạo lực."
            ),
            "options": [
                ["Đúng", True],
                ["Sai", False],
            ],
            "explanation": (
                "Đúng. Bài học nêu kế hoạch an toàn là phần không thể thiếu, kể cả khi người bị "
                "bạo lực quyết định tiếp tục sống cùng người gây bạo lực, và cần cập nhật mỗi khi "
                "hoàn cảnh thay đổi."
            ),
            "tags": ["lap-ke-hoach-va-thuc-hien"],
        },
        {
            "kind": "single",
            "text": (
                "Ở bước 5 (theo dõi), mỗi lần liên lạc người quản lý ca nên hỏi về điều gì trước "
                "tiên?"
            ),
            "options": [
                ["Tiến độ thực hiện kế hoạch", False],
                ["An toàn của người bị bạo lực", True],
                ["Hai vợ chồng đã làm lành chưa", False],
                ["Các giấy tờ còn thiếu trong hồ sơ", False],
            ],
            "explanation": (
                "Mỗi lần theo dõi, hỏi về an toàn trước, sau đó mới đến tiến độ kế hoạch. Nếu tình "
                "hình xấu đi, quay lại bước đánh giá và sửa kế hoạch."
            ),
            "tags": ["theo-doi-dong-ca-ho-so-du-lieu"],
        },
        {
            "kind": "single",
            "text": "Theo bài học, cách ghi và lưu hồ sơ ca nào là đúng?",
            "options": [
                ["Ghi nhận xét như “chị ấy hay gây chuyện” để người sau nắm tình hình", False],
                ["Chụp hồ sơ bằng điện thoại cá nhân để tiện tra cứu khi đi cơ sở", False],
                ["Ghi họ tên đầy đủ trên mọi trang để tránh nhầm ca", False],
                [
                    (
                        "Dùng mã ca trên giấy tờ làm việc; thông tin nhận dạng để ở phiếu riêng, "
                        "cất riêng"
                    ),
                    True,
                ],
            ],
            "explanation": (
                "Hồ sơ ca “đủ, đúng, ít”: dùng mã ca, thông tin nhận dạng để riêng; ghi sự việc và "
                "lời người bị bạo lực nói, không ghi nhận xét; không chụp hồ sơ bằng điện thoại cá "
                "nhân, không gửi qua nhóm chat."
            ),
            "tags": ["theo-doi-dong-ca-ho-so-du-lieu"],
        },
        {
            "kind": "single",
            "text": (
                "Sau giao ban, một cán bộ gửi ảnh trang đánh giá ca của chị M. vào nhóm Zalo 40 "
                "thành viên, trong đó có người quen của chồng chị. Việc nào cần làm ngay trong hôm "
                "nay?"
            ),
            "options": [
                [
                    (
                        "Thu hồi tin nhắn, đề nghị thành viên xóa ảnh, báo người giám sát và đánh "
                        "giá lại an toàn của chị M."
                    ),
                    True,
                ],
                ["Giữ kín chuyện này với chị M. để chị khỏi lo lắng", False],
                ["Chỉ nhắc cán bộ đó lần sau rút kinh nghiệm, không cần làm gì thêm", False],
                ["Gửi thêm toàn bộ hồ sơ vào nhóm để mọi người hiểu đúng sự việc", False],
            ],
            "explanation": (
                "Ảnh chứa dữ liệu nhạy cảm bị chia sẻ cho người không cần biết, không có đồng ý: "
                "cần thu hồi, đề nghị xóa, báo người giám sát, đánh giá lại an toàn và cập nhật kế "
                "hoạch an toàn nếu cần. Chị M. có quyền được biết và cần được báo một cách an "
                "toàn, trung thực."
            ),
            "tags": ["theo-doi-dong-ca-ho-so-du-lieu"],
        },
        {
            "kind": "multiple",
            "text": "Theo bài học, có thể cân nhắc đóng ca trong những trường hợp nào?",
            "options": [
                ["Các mục tiêu chính đã đạt và người bị bạo lực có chỗ dựa ổn định", True],
                ["Người bị bạo lực muốn dừng", True],
                ["Ca đã kéo dài lâu hơn người quản lý ca mong muốn", False],
                ["Mất liên lạc sau nhiều lần thử liên lạc an toàn theo quy trình", True],
                [
                    "Người bị bạo lực chưa chịu rời khỏi nhà như lời khuyên của người quản lý ca",
                    False,
                ],
            ],
            "explanation": (
                "Có thể cân nhắc đóng ca khi mục tiêu chính đã đạt, khi người bị bạo lực muốn "
                "dừng, khi họ chuyển đến nơi khác (chuyển ca, có đồng ý) hoặc khi mất liên lạc sau "
                "nhiều lần thử liên lạc an toàn. Buổi đóng ca khẳng định họ có thể quay lại bất cứ "
                "lúc nào."
            ),
            "tags": ["theo-doi-dong-ca-ho-so-du-lieu"],
        },
    ],
}
