"""Track 3 question banks: Hỗ trợ khẩn cấp khi có bạo lực xảy ra (demo content, plain data)."""

QUESTIONS = {
    # ------------------------------------------------------------------
    "ung-pho-ban-dau-khi-co-bao-luc": [
        # --- tiep-nhan-tin-bao-danh-gia-nguy-hiem ---
        {
            "kind": "single",
            "text": (
                "Một người gọi báo: người chồng đang cầm dao đe dọa vợ trong nhà, chưa ai bị thương. "
                "Người tiếp nhận cần gọi ngay số khẩn cấp nào?"
            ),
            "options": [
                ["115 – Cấp cứu", False],
                ["113 – Công an", True],
                ["112 – Tìm kiếm cứu nạn", False],
                ["111 – Tổng đài quốc gia bảo vệ trẻ em", False],
            ],
            "explanation": (
                "Bài học hướng dẫn gọi 113 (Công an) khi bạo lực đang diễn ra, có hung khí hoặc đe dọa "
                "tính mạng. Số 115 dùng khi có thương tích nặng, 112 khi có người bị mắc kẹt, gặp nạn, "
                "còn 111 dùng khi trẻ em bị bạo lực hoặc phải chứng kiến bạo lực."
            ),
            "tags": ["tiep-nhan-tin-bao-danh-gia-nguy-hiem"],
        },
        {
            "kind": "single",
            "text": (
                "Theo Điều 19 Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, nơi nào sau đây là "
                "một địa chỉ tiếp nhận tin báo, tố giác về bạo lực gia đình?"
            ),
            "options": [
                ["Sở Y tế tỉnh", False],
                ["Tòa án nhân dân cấp tỉnh", False],
                ["Cơ sở giáo dục nơi người bị bạo lực đang học", True],
                ["Văn phòng công chứng", False],
            ],
            "explanation": (
                "Điều 19 liệt kê: UBND cấp xã; Công an hoặc Đồn Biên phòng gần nhất; cơ sở giáo dục nơi "
                "người bị bạo lực đang học; Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban công tác Mặt "
                "trận; người đứng đầu tổ chức chính trị - xã hội cấp xã; Tổng đài điện thoại quốc gia về "
                "phòng, chống bạo lực gia đình."
            ),
            "tags": ["tiep-nhan-tin-bao-danh-gia-nguy-hiem"],
        },
        {
            "kind": "multiple",
            "text": (
                "Theo bài học, những dấu hiệu nào cho thấy nguy hiểm cao, cần huy động lực lượng ngay?"
            ),
            "options": [
                ["Người bị bạo lực từng bị bóp cổ, chẹn cổ", True],
                ["Người báo tin đề nghị giữ bí mật danh tính", False],
                ["Người gây bạo lực đe dọa giết người bị bạo lực hoặc con cái", True],
                ["Tin báo được gửi bằng tin nhắn thay vì gọi điện", False],
                ["Người bị bạo lực đang bị nhốt trong nhà", True],
            ],
            "explanation": (
                "Bài học coi là nguy hiểm cao khi có hung khí, từng bị bóp cổ hoặc đánh vào đầu, có lời "
                "đe dọa giết hoặc tự sát, bạo lực tình dục vừa xảy ra, người bị bạo lực bị nhốt trong "
                "nhà, hoặc bạo lực ngày càng dày, càng nặng. Việc giữ bí mật danh tính người báo tin và "
                "hình thức báo tin là nội dung cần ghi chép, không phải dấu hiệu nguy hiểm."
            ),
            "tags": ["tiep-nhan-tin-bao-danh-gia-nguy-hiem"],
        },
        {
            "kind": "true_false",
            "text": (
                "Khi nhận tin có người đang cầm dao đe dọa trong nhà, người tiếp nhận nên tự đến hiện "
                "trường can ngăn trước, rồi mới gọi công an."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Người tiếp nhận không tự xông vào nơi đang có hung khí: việc đó dành cho công an. Cần "
                "gọi 113 và báo Chủ tịch UBND xã song song; an toàn của người bị bạo lực, trẻ em và chính "
                "người hỗ trợ là ưu tiên số một."
            ),
            "tags": ["tiep-nhan-tin-bao-danh-gia-nguy-hiem"],
        },
        # --- bien-phap-ngan-chan-bao-ve-cam-tiep-xuc ---
        {
            "kind": "single",
            "text": "Theo Điều 25 Luật Phòng, chống bạo lực gia đình 2022, ai có thẩm quyền quyết định cấm tiếp xúc?",
            "options": [
                ["Trưởng Công an xã", False],
                ["Trưởng thôn nơi xảy ra vụ việc", False],
                ["Chủ tịch Hội Liên hiệp Phụ nữ xã", False],
                ["Chủ tịch UBND cấp xã", True],
            ],
            "explanation": (
                "Bài học nêu rõ thẩm quyền quyết định cấm tiếp xúc theo Điều 25 thuộc về Chủ tịch UBND "
                "cấp xã. Công an xã có mặt tại hiện trường, buộc chấm dứt hành vi; trưởng thôn báo ngay "
                "khi quyết định bị vi phạm."
            ),
            "tags": ["bien-phap-ngan-chan-bao-ve-cam-tiep-xuc"],
        },
        {
            "kind": "single",
            "text": "Mỗi lần áp dụng, quyết định cấm tiếp xúc có thời hạn tối đa bao lâu?",
            "options": [
                ["Không quá 12 giờ", False],
                ["Không quá 03 ngày", True],
                ["Không quá 07 ngày", False],
                ["Không quá 30 ngày", False],
            ],
            "explanation": (
                "Theo Điều 25, cấm tiếp xúc mỗi lần không quá 03 ngày. Con số 12 giờ là thời hạn tối đa "
                "để xem xét đề nghị, không phải thời hạn của quyết định."
            ),
            "tags": ["bien-phap-ngan-chan-bao-ve-cam-tiep-xuc"],
        },
        {
            "kind": "true_false",
            "text": (
                "Khi hành vi bạo lực đe dọa tính mạng người bị bạo lực, Chủ tịch UBND cấp xã có thể "
                "quyết định cấm tiếp xúc mà không cần có đề nghị."
            ),
            "options": [["Đúng", True], ["Sai", False]],
            "explanation": (
                "Về căn cứ, bài học nêu: không cần đề nghị khi hành vi đe dọa tính mạng. Trong tình huống "
                "chị L. ở xã Phước Hữu (có dao, có lời dọa giết), Chủ tịch UBND xã có thể quyết định cấm "
                "tiếp xúc mà không chờ đề nghị."
            ),
            "tags": ["bien-phap-ngan-chan-bao-ve-cam-tiep-xuc"],
        },
        {
            "kind": "multiple",
            "text": "Những phát biểu nào về quy trình cấm tiếp xúc là đúng theo bài học?",
            "options": [
                ["Đề nghị được xem xét trong vòng 12 giờ", True],
                ["Quyết định có hiệu lực ngay khi ký", True],
                ["Quyết định chỉ có hiệu lực sau khi hết 12 giờ xem xét", False],
                ["Đề nghị của cơ quan, tổ chức phải được người bị bạo lực đồng ý", True],
                ["Khi tính mạng bị đe dọa, vẫn nên chờ đủ 12 giờ rồi mới xem xét", False],
            ],
            "explanation": (
                "Điều 25 quy định xem xét trong vòng 12 giờ và quyết định có hiệu lực ngay khi ký; đề "
                "nghị của cơ quan, tổ chức phải được người bị bạo lực đồng ý. Như bài nhấn mạnh, “12 giờ "
                "là giới hạn, không phải thời gian chờ”; khi tính mạng bị đe dọa thì không chờ đề nghị."
            ),
            "tags": ["bien-phap-ngan-chan-bao-ve-cam-tiep-xuc"],
        },
        # --- noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu ---
        {
            "kind": "single",
            "text": "Theo bài học, điều quan trọng nhất ở một nơi tạm lánh là gì?",
            "options": [
                ["Tòa nhà khang trang, đầy đủ tiện nghi", False],
                ["Nằm ngay cạnh trụ sở UBND xã", False],
                ["Người gây bạo lực không biết và không vào được", True],
                ["Nhiều người trong thôn biết địa điểm để cùng hỗ trợ", False],
            ],
            "explanation": (
                "Bài học nhấn mạnh: điều quan trọng không phải là tòa nhà đẹp, mà là người gây bạo lực "
                "không biết và không vào được. Vì vậy chỉ những người trực tiếp hỗ trợ mới được biết "
                "người bị bạo lực đang ở đâu."
            ),
            "tags": ["noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu"],
        },
        {
            "kind": "single",
            "text": (
                "Một người gọi đến nơi tạm lánh, xưng là anh ruột của người đang tạm lánh và hỏi chị ấy có "
                "ở đó không. Người trực nên làm gì?"
            ),
            "options": [
                ["Xác nhận chị ấy đang ở đó vì người gọi là họ hàng", False],
                ["Không xác nhận, ghi lại cuộc gọi và báo công an xã", True],
                ["Cho người gọi số điện thoại của chị ấy để hai bên tự liên lạc", False],
                ["Hẹn người gọi đến nơi tạm lánh để trao đổi trực tiếp", False],
            ],
            "explanation": (
                "Để giữ bí mật địa điểm, không xác nhận với bất kỳ ai gọi đến hỏi thăm, kể cả người xưng "
                "là họ hàng; ghi lại cuộc gọi và báo công an xã."
            ),
            "tags": ["noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu"],
        },
        {
            "kind": "multiple",
            "text": "Khi tiếp nhận một người đến nơi tạm lánh, những việc nào có trong bảng kiểm của bài học?",
            "options": [
                ["Kiểm tra thương tích và nhu cầu cấp cứu", True],
                ["Đăng thông báo vào nhóm Zalo của thôn để mọi người cùng giúp đỡ", False],
                ["Giải thích nội quy, thời gian được ở và quyền rời đi bất cứ lúc nào", True],
                ["Nhắc người bị bạo lực tắt chia sẻ vị trí trên điện thoại", True],
                [
                    "Báo cho các cơ quan, tổ chức khác trước rồi mới hỏi ý kiến người bị bạo lực",
                    False,
                ],
            ],
            "explanation": (
                "Bảng kiểm gồm: kiểm tra thương tích và nhu cầu cấp cứu; giải thích nội quy, thời gian "
                "được ở và quyền rời đi; thống nhất ai được biết địa điểm và nhắc tắt chia sẻ vị trí. Sự "
                "đồng ý phải được hỏi và ghi nhận trước khi báo cho cơ quan, tổ chức khác, và một câu nói "
                "vô tình trong nhóm Zalo của thôn có thể làm mất tác dụng của nơi tạm lánh."
            ),
            "tags": ["noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu"],
        },
        {
            "kind": "single",
            "text": (
                "Vì sao người hỗ trợ ở xã nên đề nghị nhân viên y tế ghi nhận thương tích của người bị bạo "
                "lực theo chuyên môn?"
            ),
            "options": [
                [
                    "Vì hồ sơ này có thể cần cho các bước pháp lý sau này, nếu người bị bạo lực lựa chọn",
                    True,
                ],
                ["Vì cần gửi hồ sơ cho gia đình người gây bạo lực biết", False],
                [
                    "Vì sau khi được khám, người bị bạo lực buộc phải khởi kiện người gây bạo lực",
                    False,
                ],
            ],
            "explanation": (
                "Bài học giải thích: ghi nhận thương tích theo chuyên môn vì hồ sơ này có thể cần cho các "
                "bước pháp lý sau này, nếu người bị bạo lực lựa chọn. Quyết định đi tiếp các bước pháp lý "
                "vẫn thuộc về người bị bạo lực."
            ),
            "tags": ["noi-tam-lanh-cham-soc-y-te-nhu-cau-thiet-yeu"],
        },
    ],
    # ------------------------------------------------------------------
    "so-cuu-tam-ly-va-ke-hoach-an-toan": [
        # --- so-cuu-tam-ly-bon-hanh-dong ---
        {
            "kind": "single",
            "text": "Bốn hành động của sơ cứu tâm lý theo tài liệu của WHO, War Trauma Foundation và World Vision (2011) là gì?",
            "options": [
                ["Quan sát – Chuẩn bị – Kết nối – Lắng nghe", False],
                ["Chuẩn bị – Lấy lời khai – Lắng nghe – Kết nối", False],
                ["Chuẩn bị – Quan sát – Lắng nghe – Kết nối", True],
                ["Lắng nghe – Đánh giá – Trị liệu – Kết nối", False],
            ],
            "explanation": (
                "Tài liệu tóm gọn sơ cứu tâm lý thành bốn hành động theo thứ tự Chuẩn bị – Quan sát – "
                "Lắng nghe – Kết nối. Sơ cứu tâm lý không phải là trị liệu hay buổi lấy lời khai."
            ),
            "tags": ["so-cuu-tam-ly-bon-hanh-dong"],
        },
        {
            "kind": "single",
            "text": (
                "Khi quan sát, người hỗ trợ thấy một phụ nữ run rẩy, khóc không dừng, ngồi lặng không trả "
                "lời. Theo bài học, nên làm gì?"
            ),
            "options": [
                ["Để chị ngồi một mình cho đến khi tự bình tĩnh lại", False],
                ["Ưu tiên hỗ trợ chị và cân nhắc chuyển đến y tế", True],
                ["Đề nghị chị kể lại chi tiết sự việc để ghi chép cho đầy đủ", False],
                ["Chuyển sang giúp người khác vì chị chưa sẵn sàng nói chuyện", False],
            ],
            "explanation": (
                "Run rẩy, khóc không dừng, ngồi lặng không trả lời là những phản ứng căng thẳng nặng. "
                "Theo bài, những người này cần được ưu tiên và có thể cần chuyển đến y tế; khi lắng nghe "
                "thì không ép kể chi tiết."
            ),
            "tags": ["so-cuu-tam-ly-bon-hanh-dong"],
        },
        {
            "kind": "multiple",
            "text": "Những câu nào là câu nên nói với người bị bạo lực theo bài học?",
            "options": [
                ["“Cảm ơn chị đã kể cho tôi nghe.”", True],
                ["“Thôi, vì con mà nhịn đi.”", False],
                ["“Chuyện này không phải lỗi của chị.”", True],
                ["“Tôi hiểu hết cảm giác của chị.”", False],
                ["“Chị muốn làm gì tiếp theo? Tôi sẽ nói rõ từng lựa chọn.”", True],
            ],
            "explanation": (
                "Bài học liệt kê các câu nên nói: cảm ơn người bị bạo lực đã kể, khẳng định đó không "
                "phải lỗi của họ, hỏi họ muốn làm gì tiếp theo. “Thôi, vì con mà nhịn đi” và “Tôi hiểu "
                "hết cảm giác của chị” nằm trong danh sách không nên nói."
            ),
            "tags": ["so-cuu-tam-ly-bon-hanh-dong"],
        },
        {
            "kind": "true_false",
            "text": "Sơ cứu tâm lý là một hình thức trị liệu, nên chỉ chuyên gia tâm lý mới được thực hiện.",
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Bài học nêu sơ cứu tâm lý không phải là trị liệu. Người hỗ trợ không cần là chuyên gia, "
                "nhưng cần biết giới hạn của mình và biết chuyển đến đúng nơi."
            ),
            "tags": ["so-cuu-tam-ly-bon-hanh-dong"],
        },
        # --- lap-ke-hoach-an-toan ---
        {
            "kind": "single",
            "text": (
                "Chị M. ở xã Cà Ná nói không thể bỏ nhà đi vì không có tiền và các con đang đi học, nhưng "
                "rất sợ lần chồng đi biển về. Theo bài học, người hỗ trợ nên làm gì?"
            ),
            "options": [
                ["Thuyết phục chị rời nhà ngay vì ở lại là không an toàn", False],
                ["Tự soạn sẵn kế hoạch an toàn rồi yêu cầu chị làm theo", False],
                ["Chờ đến khi chị quyết định rời đi hẳn mới bắt đầu lập kế hoạch", False],
                [
                    "Tôn trọng lựa chọn ở lại và cùng chị lập kế hoạch bám vào những ngày chồng đi biển về",
                    True,
                ],
            ],
            "explanation": (
                "Kế hoạch an toàn áp dụng dù người bị bạo lực ở lại, tạm lánh hay rời đi; người hỗ trợ "
                "đặt câu hỏi và gợi ý, người bị bạo lực là người quyết định. Ở lại là lựa chọn của chị M. "
                "và kế hoạch bám vào thời điểm nguy hiểm đã biết: những ngày chồng đi biển về."
            ),
            "tags": ["lap-ke-hoach-an-toan"],
        },
        {
            "kind": "single",
            "text": "Khi thấy căng thẳng trong nhà tăng lên, “phòng an toàn” mà người bị bạo lực nên đến là nơi nào?",
            "options": [
                ["Phòng có lối ra ngoài, không có dao hay vật cứng", True],
                ["Bếp, vì thường ở gần cửa sau", False],
                ["Phòng kín trong cùng, không có lối ra ngoài", False],
                ["Phòng kho chứa dụng cụ lao động", False],
            ],
            "explanation": (
                "Theo thành phần “phòng an toàn”, nên đi đến phòng có lối ra ngoài, tránh bếp và những "
                "chỗ có dao, vật cứng hoặc không có đường thoát."
            ),
            "tags": ["lap-ke-hoach-an-toan"],
        },
        {
            "kind": "multiple",
            "text": "Những phát biểu nào về túi khẩn cấp là đúng theo bài học?",
            "options": [
                ["Túi gồm giấy tờ tùy thân của người bị bạo lực và của con", True],
                ["Túi phải luôn để trong nhà để lấy được nhanh nhất", False],
                ["Túi gồm danh sách số điện thoại viết tay", True],
                ["Có thể gửi túi ở nhà người tin cậy nếu để ở nhà không an toàn", True],
                ["Chỉ cần chuẩn bị túi khi người bị bạo lực quyết định rời đi hẳn", False],
            ],
            "explanation": (
                "Túi khẩn cấp gồm giấy tờ tùy thân của mình và của con, chìa khóa dự phòng, thuốc đang "
                "dùng, một ít tiền, danh sách số điện thoại viết tay; gửi ở nhà người tin cậy nếu để ở "
                "nhà không an toàn. Kế hoạch an toàn cần thiết cả khi người bị bạo lực quyết định ở lại."
            ),
            "tags": ["lap-ke-hoach-an-toan"],
        },
        {
            "kind": "true_false",
            "text": (
                "Một trong ba điều cần dạy trẻ là: khi người lớn đánh nhau, con lao vào can để bảo vệ "
                "người bị đánh."
            ),
            "options": [["Đúng", False], ["Sai", True]],
            "explanation": (
                "Ba điều dạy trẻ là: con không lao vào can; con đến chỗ an toàn đã hẹn; con biết gọi 113 "
                "và 111. Nên tập với trẻ như một trò chơi, không làm trẻ sợ hãi."
            ),
            "tags": ["lap-ke-hoach-an-toan"],
        },
        # --- an-toan-so-va-cap-nhat-ke-hoach ---
        {
            "kind": "single",
            "text": (
                "Người gây bạo lực nhắn tin đe dọa đăng ảnh riêng tư của người bị bạo lực lên mạng nếu chị "
                "không quay về. Theo bài học, nên hướng dẫn chị làm gì?"
            ),
            "options": [
                ["Xóa ngay tin nhắn để khỏi phải đọc lại", False],
                ["Đồng ý quay về để tránh bị đăng ảnh", False],
                [
                    "Giữ bình tĩnh, không xóa tin nhắn, chụp màn hình lưu ở nơi an toàn và báo công an",
                    True,
                ],
                ["Giữ im lặng, không báo ai vì chuyện ảnh riêng tư là chuyện xấu hổ", False],
            ],
            "explanation": (
                "Khi bị đe dọa phát tán hình ảnh riêng tư: giữ bình tĩnh, không xóa tin nhắn đe dọa, chụp "
                "màn hình lưu ở nơi an toàn và báo công an. Cần nói rõ với người bị bạo lực: người sai là "
                "kẻ đe dọa, không phải họ."
            ),
            "tags": ["an-toan-so-va-cap-nhat-ke-hoach"],
        },
        {
            "kind": "multiple",
            "text": "Những việc nào thuộc hướng dẫn an toàn số cơ bản trong bài học?",
            "options": [
                [
                    "Kiểm tra và tắt chia sẻ vị trí trên điện thoại, Zalo, Facebook, Google Maps",
                    True,
                ],
                ["Đặt mật khẩu là ngày sinh của con cho dễ nhớ", False],
                ["Lưu số của người hỗ trợ dưới một tên trung tính", True],
                ["Đổi mật khẩu điện thoại, các tài khoản và đăng xuất khỏi các máy khác", True],
                ["Thêm người bị bạo lực vào nhóm Zalo của cơ quan để tiện liên lạc", False],
            ],
            "explanation": (
                "Bài học hướng dẫn tắt chia sẻ vị trí, đổi mật khẩu (không dùng ngày sinh hay tên con), "
                "đăng xuất khỏi các máy khác, lưu số người hỗ trợ dưới tên trung tính. Người hỗ trợ không "
                "thêm người bị bạo lực vào nhóm chat và không để thông tin của họ trong nhóm Zalo của cơ quan."
            ),
            "tags": ["an-toan-so-va-cap-nhat-ke-hoach"],
        },
        {
            "kind": "single",
            "text": "Trước khi gọi lại hay nhắn tin cho người bị bạo lực, người hỗ trợ cần làm gì?",
            "options": [
                ["Hỏi người bị bạo lực cách liên lạc nào là an toàn", True],
                ["Gọi vào giờ người gây bạo lực thường có ở nhà để cả hai cùng nghe", False],
                ["Nhắn tin đầy đủ nội dung để người bị bạo lực khỏi phải gọi lại", False],
            ],
            "explanation": (
                "Về phía người hỗ trợ, bài học yêu cầu: trước khi gọi lại hay nhắn tin, phải hỏi cách "
                "liên lạc nào an toàn, vì điện thoại có thể là công cụ để người gây bạo lực theo dõi, "
                "kiểm soát."
            ),
            "tags": ["an-toan-so-va-cap-nhat-ke-hoach"],
        },
        {
            "kind": "single",
            "text": "Theo bài học, kế hoạch an toàn cần được cập nhật khi nào?",
            "options": [
                ["Mỗi năm một lần, vào dịp Tháng hành động vì bình đẳng giới", False],
                ["Chỉ khi xảy ra sự cố gây thương tích nặng", False],
                ["Không cần cập nhật nếu kế hoạch đã được lập cẩn thận ngay từ đầu", False],
                [
                    "Khi hoàn cảnh thay đổi, như chuyển chỗ ở, đổi số điện thoại, quyết định cấm tiếp xúc "
                    "sắp hết hạn, và sau mỗi sự cố mới dù nhỏ",
                    True,
                ],
            ],
            "explanation": (
                "Kế hoạch an toàn là tài liệu sống vì nguy hiểm thay đổi theo hoàn cảnh. Bài học liệt kê "
                "các thời điểm cần cập nhật: cấm tiếp xúc sắp hết hạn, chuyển chỗ ở, đổi việc, đổi số điện "
                "thoại, bắt đầu thủ tục ly hôn, người gây bạo lực trở về, con chuyển trường, và sau mỗi lần "
                "có sự cố mới, dù nhỏ."
            ),
            "tags": ["an-toan-so-va-cap-nhat-ke-hoach"],
        },
    ],
}
