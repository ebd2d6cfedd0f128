"""Track 1: Kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới (demo content, plain data)."""

TRACK = {
    "number": 1,
    "title": "Kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "slug": "kien-thuc-chung",
    "summary": (
        "Kiến thức nền tảng về giới, bạo lực trên cơ sở giới, khung pháp luật, chính sách và các "
        "nguyên tắc chỉ đạo khi hỗ trợ người bị bạo lực."
    ),
    "audience": (
        "<p>Dành cho <b>cán bộ, công chức làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ</b> "
        "ở cấp tỉnh và cấp xã, cùng cán bộ các sở, ngành, Mặt trận và đoàn thể tham gia Chương "
        "trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới.</p>"
        "<p>Nội dung bám theo nhiệm vụ tập huấn “kiến thức chung về phòng ngừa, ứng phó với bạo lực "
        "trên cơ sở giới” trong Kế hoạch năm 2023 của UBND tỉnh Ninh Thuận (mục III.3). Đây là "
        "chương trình học nền, nên hoàn thành trước các chương trình chuyên sâu.</p>"
    ),
    "objectives": [
        "Giải thích được các khái niệm giới, giới tính, bình đẳng giới, định kiến giới và bạo lực trên cơ sở giới.",
        "Nhận diện được bốn hình thức bạo lực (thể chất, tinh thần, tình dục, kinh tế) và các hành vi bạo lực gia đình theo Luật năm 2022.",
        "Sử dụng đúng số liệu của Điều tra quốc gia năm 2019 khi truyền thông.",
        "Trình bày được quy định về báo tin, các biện pháp ngăn chặn, bảo vệ và cấm tiếp xúc.",
        "Nêu được mục tiêu của Chương trình quốc gia, Kế hoạch của tỉnh và các tháng hành động.",
        "Áp dụng sáu nguyên tắc chỉ đạo trong mọi lần tiếp xúc với người bị bạo lực.",
    ],
    "courses": [
        # ------------------------------------------------------------------
        {
            "title": "Giới và bạo lực trên cơ sở giới: những khái niệm cơ bản",
            "slug": "khai-niem-gioi-va-bao-luc",
            "summary": (
                "Phân biệt giới và giới tính, hiểu bình đẳng giới và định kiến giới, nhận diện bạo "
                "lực trên cơ sở giới, các hình thức của nó và thực trạng ở Việt Nam."
            ),
            "description": (
                "<p>Khóa học đặt nền móng cho toàn bộ chương trình. Học viên làm quen với các khái "
                "niệm trong Luật Bình đẳng giới năm 2006, định nghĩa bạo lực trên cơ sở giới theo "
                "hướng dẫn của IASC, bốn hình thức bạo lực và những con số chính của Điều tra quốc "
                "gia năm 2019.</p>"
                "<p>Các bài có hoạt động gợi ý, lời kể, tình huống thảo luận, thông điệp chính và "
                "bảng kiểm để giảng viên dùng trực tiếp trên lớp.</p>"
            ),
            "estimated_hours": "2.5",
            "objectives": [
                "Phân biệt được giới và giới tính bằng ví dụ gần gũi.",
                "Nhận ra định kiến giới trong lời nói, tài liệu và cách làm việc hằng ngày.",
                "Nêu được định nghĩa và ba dấu hiệu nhận diện bạo lực trên cơ sở giới.",
                "Phân loại hành vi theo bốn hình thức bạo lực.",
                "Giải thích được vì sao phần lớn người bị bạo lực không tìm đến chính quyền.",
            ],
            "lessons": [
                {
                    "title": "Giới, giới tính và bình đẳng giới",
                    "slug": "gioi-gioi-tinh-va-binh-dang-gioi",
                    "summary": (
                        "Phân biệt giới với giới tính, hiểu đúng bình đẳng giới và nhận ra định "
                        "kiến giới, gốc rễ của bạo lực."
                    ),
                    "body": [
                        {"type": "heading", "value": "Giới tính và giới: hai khái niệm khác nhau"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nhiều người dùng lẫn hai từ này. Luật Bình đẳng giới số "
                                "73/2006/QH11 (thông qua ngày 29/11/2006) giải thích tại Điều 5:</p>"
                                "<ul>"
                                "<li><b>Giới tính</b> là các đặc điểm sinh học của nam và nữ.</li>"
                                "<li><b>Giới</b> là đặc điểm, vị trí, vai trò của nam và nữ trong tất "
                                "cả các mối quan hệ xã hội.</li>"
                                "</ul>"
                                "<p>Giới tính có từ khi sinh ra và giống nhau ở mọi cộng đồng. Giới "
                                "được hình thành qua nuôi dạy, phong tục, trường học, truyền thông, nên "
                                "khác nhau giữa các vùng và thay đổi theo thời gian. Chỉ phụ nữ mới "
                                "mang thai: đó là giới tính. Còn “đưa đón con là việc của vợ” hay “đàn "
                                "ông phải là trụ cột kinh tế” là giới, vì nam giới hoàn toàn có thể "
                                "chăm con và nhiều phụ nữ đang làm kinh tế chính trong gia đình.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bình đẳng giới nghĩa là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Cũng theo Điều 5, bình đẳng giới là việc nam và nữ có vị trí, vai "
                                "trò ngang nhau; được tạo điều kiện và cơ hội như nhau để phát huy năng "
                                "lực cho sự phát triển của cộng đồng, của gia đình; và được thụ hưởng "
                                "như nhau thành quả của sự phát triển đó. Cần làm rõ ba điểm:</p>"
                                "<ol>"
                                "<li><b>Bình đẳng không có nghĩa là giống hệt nhau.</b> Nam và nữ có "
                                "nhu cầu khác nhau; bình đẳng là có cơ hội và được đối xử công bằng.</li>"
                                "<li><b>Có khi cần hỗ trợ riêng để tạo cơ hội ngang nhau</b>, như họp "
                                "thôn vào giờ phụ nữ dự được, hoặc có người phiên dịch tiếng dân tộc.</li>"
                                "<li><b>Bình đẳng giới có lợi cho cả nam giới</b>: khi việc nhà và kinh "
                                "tế được chia sẻ, áp lực lên người chồng cũng giảm.</li>"
                                "</ol>"
                            ),
                        },
                        {"type": "heading", "value": "Định kiến giới và phân biệt đối xử về giới"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Điều 5 còn định nghĩa <i>định kiến giới</i> và <i>phân biệt đối xử "
                                "về giới</i> (nên đọc nguyên văn). Nói đơn giản, định kiến giới là "
                                "những đánh giá định sẵn, thiên lệch về việc nam hay nữ “phải” thế nào, "
                                "“hợp” với việc gì. Khi định kiến khiến một người bị thiệt thòi chỉ vì "
                                "là nam hay nữ, đó là phân biệt đối xử. Ví dụ quen thuộc:</p>"
                                "<ul>"
                                "<li>“Con gái học nhiều làm gì, rồi cũng đi lấy chồng.”</li>"
                                "<li>“Đàn ông mà rửa bát thì mất mặt.”</li>"
                                "<li>“Vợ phải nhịn chồng cho yên cửa yên nhà.”</li>"
                                "<li>“Chuyện vợ chồng đóng cửa bảo nhau, người ngoài đừng xen vào.”</li>"
                                "</ul>"
                                "<p>Hai câu cuối khiến người bị bạo lực cam chịu và khiến hàng xóm, cán "
                                "bộ ngần ngại can thiệp. Thay đổi định kiến giới chính là phòng ngừa "
                                "bạo lực từ gốc rễ.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Giới tính là sinh học; giới do xã hội tạo ra nên có thể thay "
                                    "đổi. Định kiến giới nuôi dưỡng bạo lực; thay đổi bắt đầu từ việc "
                                    "mỗi cán bộ nhận ra định kiến của chính mình.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Gợi ý hoạt động: “Giới hay giới tính?”</h3>"
                                "<p>Giảng viên đọc từng câu, học viên giơ thẻ xanh (giới tính) hoặc "
                                "thẻ vàng (giới) và giải thích: “Phụ nữ sinh con”; “Phụ nữ khéo tay "
                                "nên hợp nghề may”; "
                                "“Trưởng thôn nên là đàn ông”. Sau đó thảo luận: quan niệm nào đang "
                                "hạn chế cơ hội của phụ nữ hoặc nam giới ở địa phương?</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Tự soát định kiến giới trong công việc của tôi",
                                "items": [
                                    "Khi mời họp, tôi có mặc định mời người chồng làm đại diện hộ gia đình không?",
                                    "Tài liệu tôi dùng có luôn vẽ phụ nữ nấu ăn, nam giới chỉ đạo không?",
                                    "Khi nghe một phụ nữ kể bị chồng đánh, tôi có hỏi “chị đã làm gì để anh ấy giận” không?",
                                    "Tôi có khuyến khích trẻ em gái và trai tham gia mọi hoạt động như nhau không?",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Bạo lực trên cơ sở giới: định nghĩa và các hình thức",
                    "slug": "dinh-nghia-va-hinh-thuc-bao-luc",
                    "summary": (
                        "Định nghĩa bạo lực trên cơ sở giới theo IASC, ba dấu hiệu nhận diện, bốn "
                        "hình thức bạo lực và quan hệ với bạo lực gia đình."
                    ),
                    "body": [
                        {"type": "heading", "value": "Bạo lực trên cơ sở giới là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hướng dẫn năm 2015 của Ủy ban Thường trực Liên cơ quan (IASC) coi "
                                "bạo lực trên cơ sở giới (BLG) là <b>thuật ngữ chung</b> cho mọi hành "
                                "vi gây hại thực hiện <b>trái ý muốn</b> của một người, <b>dựa trên "
                                "khác biệt về giới mà xã hội gán cho</b> nam và nữ: gây tổn hại thể "
                                "chất, tình dục, tinh thần; đe dọa, cưỡng ép, tước đoạt tự do; ở nơi "
                                "công cộng hay trong đời sống riêng tư. Ba dấu hiệu nhận diện:</p>"
                                "<ol>"
                                "<li><b>Có gây hại</b> hoặc đe dọa gây hại, kể cả tổn hại không nhìn "
                                "thấy.</li>"
                                "<li><b>Không có sự đồng ý tự nguyện</b>: im lặng vì sợ không phải là "
                                "đồng ý.</li>"
                                "<li><b>Gắn với quyền lực về giới</b>: người gây bạo lực dựa vào vị thế "
                                "“chồng”, “đàn ông”, “cấp trên” hay “bổn phận” của phụ nữ để biện "
                                "minh.</li>"
                                "</ol>"
                                "<p>Phụ nữ, trẻ em gái được đặc biệt quan tâm, nhưng nam giới, trẻ em "
                                "trai cũng có thể bị BLG.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bốn hình thức bạo lực"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bốn hình thức tương ứng với các loại tổn hại mà Luật Phòng, chống "
                                "bạo lực gia đình năm 2022 nêu ra:</p>"
                                "<ul>"
                                "<li><b>Thể chất</b>: đánh đập, hành hạ, gây thương tích; giam giữ.</li>"
                                "<li><b>Tinh thần</b>: lăng mạ, chì chiết, đe dọa; cô lập, không cho gặp "
                                "người thân; kỳ thị; tung chuyện đời tư để bôi nhọ.</li>"
                                "<li><b>Tình dục</b>: ép quan hệ trái ý muốn, kể cả giữa vợ và chồng; ép "
                                "xem nội dung khiêu dâm; quấy rối, xâm hại.</li>"
                                "<li><b>Kinh tế</b>: chiếm đoạt, hủy hoại tài sản; kiểm soát thu nhập; "
                                "ép đóng góp tài chính, lao động quá sức.</li>"
                                "</ul>"
                                "<p>Các hình thức thường đi cùng nhau: người chồng giữ hết tiền bán nho "
                                "của gia đình cũng có thể chửi mắng và cấm vợ về thăm cha mẹ.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Những dạng BLG thường gặp"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ngoài bạo lực gia đình, BLG còn gồm: bạo lực tình dục (quấy rối, "
                                "xâm hại, bóc lột); cưỡng ép kết hôn, tảo hôn; tập tục có hại; từ chối "
                                "tài nguyên, cơ hội vì lý do giới, như buộc con gái nghỉ học sớm. BLG "
                                "xảy ra ở gia đình, trường học, nơi làm việc, nơi công cộng và cả trên "
                                "không gian mạng.</p>"
                                "<p><b>BLG và bạo lực gia đình (BLGĐ).</b> BLGĐ là bạo lực giữa các "
                                "thành viên gia đình. Khi nó xuất phát từ quan niệm về vai trò giới, ví "
                                "dụ chồng đánh vợ vì cho rằng vợ “không biết phận”, thì đó đồng thời là "
                                "BLG. Ngược lại, BLG không chỉ xảy ra trong gia đình.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Bạo lực không chỉ là vết bầm",
                                "text": (
                                    "<p>Trong Điều tra quốc gia năm 2019, bạo lực tinh thần do chồng "
                                    "gây ra có tỷ lệ cao nhất (47%). Đừng chờ có thương tích mới coi là "
                                    "bạo lực.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<h3>Bài tập phân loại</h3>"
                                "<p>Nhóm học viên xếp các tình huống vào một hoặc nhiều hình thức: (1) "
                                "chồng giữ thẻ ngân hàng của vợ, chỉ đưa đủ tiền đi chợ; (2) thanh niên "
                                "chụp lén nữ sinh rồi đăng lên mạng chê bai; (3) mẹ chồng thường nói con dâu "
                                "“vô dụng vì chỉ đẻ con gái”; (4) gia đình ép con gái 15 tuổi nghỉ học "
                                "để cưới.</p>"
                                "<p><i>Gợi ý:</i> (1) kinh tế; (2) tinh thần, có yếu tố tình dục; (3) "
                                "tinh thần, thể hiện định kiến giới; (4) cưỡng ép tảo hôn, từ chối cơ "
                                "hội học tập.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Câu hỏi nhận diện nhanh một hành vi bạo lực trên cơ sở giới",
                                "items": [
                                    "Hành vi có gây, hoặc có khả năng gây, tổn hại không?",
                                    "Người bị tác động tự nguyện, hay im lặng vì sợ, vì phụ thuộc?",
                                    "Hành vi có được biện minh bằng quan niệm về vai trò nam, nữ không?",
                                    "Hành vi có lặp lại, ngày càng nặng hơn không?",
                                    "Người bị tác động có bị hạn chế tự do, quan hệ hay cơ hội không?",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Thực trạng và những rào cản khi tìm kiếm trợ giúp",
                    "slug": "thuc-trang-va-rao-can-tim-tro-giup",
                    "summary": (
                        "Những con số chính của Điều tra quốc gia năm 2019, lý do người bị bạo lực "
                        "im lặng và việc cán bộ có thể làm để giảm rào cản."
                    ),
                    "body": [
                        {"type": "heading", "value": "Số liệu từ Điều tra quốc gia năm 2019"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Điều tra quốc gia năm 2019 về bạo lực đối với phụ nữ do Bộ Lao "
                                "động – Thương binh và Xã hội, Tổng cục Thống kê và UNFPA thực hiện, "
                                "hỏi gần 6.000 phụ nữ 15–64 tuổi. Về bạo lực do chồng gây ra:</p>"
                                "<ul>"
                                "<li>gần <b>63%</b> từng bị trong đời; gần <b>32%</b> bị trong 12 tháng "
                                "trước điều tra;</li>"
                                "<li>theo hình thức: tinh thần <b>47%</b>, thể xác <b>26,1%</b>, kinh "
                                "tế <b>21%</b>, tình dục <b>13,3%</b>;</li>"
                                "<li><b>90,4%</b> không tìm trợ giúp từ cơ quan chính quyền.</li>"
                                "</ul>"
                                "<p>Dễ nhớ: <i>mười người bị bạo lực thì chín người không tìm đến chính "
                                "quyền</i>. Đây là số liệu toàn quốc, không tự suy ra cho tỉnh, xã.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Vì sao nhiều người im lặng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Khi đưa tin về điều tra, báo chí nêu nỗi sợ tai tiếng là một lý do "
                                "lớn. Cán bộ còn thường gặp những rào cản sau:</p>"
                                "<ul>"
                                "<li><b>Định kiến</b>: “xấu chàng hổ ai”.</li>"
                                "<li><b>Phụ thuộc kinh tế</b>: lo không nuôi nổi con nếu rời đi.</li>"
                                "<li><b>Sợ bị trả thù</b>: nói ra thì bị đánh nặng hơn.</li>"
                                "<li><b>Không tin vào dịch vụ</b>: không biết gọi ai, sợ bị “hòa giải "
                                "cho xong”, sợ lộ thông tin.</li>"
                                "<li><b>Khoảng cách, ngôn ngữ</b>: xã miền núi đường xa; một số phụ nữ "
                                "lớn tuổi chưa thạo tiếng phổ thông.</li>"
                                "</ul>"
                                "<p>Việc cán bộ làm được: giữ bí mật, chủ động giới thiệu dịch vụ, gặp "
                                "ở nơi kín đáo, có phiên dịch tin cậy, không đổ lỗi.</p>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": (
                                    "Lời kể hư cấu, tổng hợp từ nhiều trường hợp, của một phụ nữ bị "
                                    "chồng bạo lực; có mô tả bạo lực thể chất, tinh thần và kinh tế."
                                ),
                                "body": (
                                    "<p><i>“Tiền bán cá anh cầm hết, tôi xin tiền mua sữa cho con cũng "
                                    "bị chửi là đồ ăn bám. Lần đầu anh đánh, mẹ chồng bảo đàn ông ai "
                                    "chẳng có lúc nóng. Rồi mỗi lần một nặng. Có đêm anh xô tôi ngã vào "
                                    "cạnh bàn, ai hỏi tôi cũng nói trượt chân. Có lần chị hội phụ nữ đến "
                                    "nhà, tôi muốn nói lắm, nhưng anh ngồi ngay đó.”</i></p>"
                                    "<p>Câu hỏi: lời kể có những hình thức bạo lực nào? Chi tiết “anh "
                                    "ngồi ngay đó” nhắc ta điều gì về cách tiếp xúc?</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Chị N. ở một thôn ven biển",
                                "situation": (
                                    "<p>Tại buổi sinh hoạt chi hội phụ nữ ở một thôn ven biển thuộc xã "
                                    "Ninh Hải, chị N. (32 tuổi, hai con nhỏ) có vết bầm ở cổ tay và "
                                    "ngồi im suốt buổi; có người hỏi, chị nói bị va vào mạn thuyền. Tan "
                                    "họp, một chị em nói nhỏ với chi hội trưởng: “Nhà đó tối nào cũng la "
                                    "hét, nhưng chuyện nhà người ta, mình biết vậy thôi.”</p>"
                                ),
                                "questions": [
                                    "Dấu hiệu nào cho thấy chị N. có thể đang bị bạo lực?",
                                    "Chi hội trưởng nên làm gì, tránh làm gì lần tới?",
                                    "Cần chuẩn bị thông tin gì, và trao cho chị thế nào cho an toàn?",
                                ],
                                "discussion": (
                                    "<p>Vết thương không rõ nguyên nhân, sự thu mình, tiếng la hét lặp "
                                    "lại là dấu hiệu cần chú ý, chưa đủ để kết luận. Hãy gặp riêng chị, "
                                    "ở nơi người nhà không nghe thấy, hỏi thăm nhẹ nhàng và cho chị biết "
                                    "chị không có lỗi; không chất vấn người chồng, không kể lại với ai, "
                                    "không ép chị báo công an ngay.</p>"
                                    "<p>Chuẩn bị: cách báo tin cho UBND xã, công an xã, trưởng thôn; 113, "
                                    "115, 111 và 1900 969 680 (Ngôi nhà Bình yên). Hỏi chị cách nhận "
                                    "thông tin an toàn: mảnh giấy có thể bị phát hiện, nhớ thuộc một số "
                                    "điện thoại có khi an toàn hơn.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Im lặng không có nghĩa là không có bạo lực",
                                "text": (
                                    "<p>Chỉ tiêu năm 2023 của tỉnh là tối thiểu 50% người bị bạo lực tìm "
                                    "kiếm trợ giúp. Muốn vậy, tìm trợ giúp phải an toàn, kín đáo, dễ "
                                    "dàng; đó là trách nhiệm của hệ thống.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Khung pháp lý, chính sách và nguyên tắc chỉ đạo",
            "slug": "khung-phap-ly-va-nguyen-tac-chi-dao",
            "summary": (
                "Luật Bình đẳng giới 2006, Luật Phòng, chống bạo lực gia đình 2022, Chương trình "
                "quốc gia theo Quyết định 2232/QĐ-TTg, Kế hoạch của tỉnh, các tháng hành động và "
                "sáu nguyên tắc chỉ đạo."
            ),
            "description": (
                "<p>Khóa học giúp cán bộ nắm chắc căn cứ pháp lý để tuyên truyền và xử lý vụ việc: "
                "các khái niệm và hành vi bị cấm, nơi báo tin, các biện pháp ngăn chặn, bảo vệ và "
                "quy định cấm tiếp xúc. Học viên cũng tìm hiểu mục tiêu của Chương trình quốc gia, "
                "Kế hoạch năm 2023 của tỉnh và các nguyên tắc chỉ đạo khi làm việc với người bị bạo "
                "lực.</p>"
                "<p>Văn bản pháp luật thay đổi theo thời gian; khi áp dụng vào vụ việc cụ thể, luôn "
                "đối chiếu văn bản gốc đang có hiệu lực.</p>"
            ),
            "estimated_hours": "3",
            "objectives": [
                "Nêu được các quy định chính của Luật Bình đẳng giới 2006 và Luật Phòng, chống bạo lực gia đình 2022.",
                "Liệt kê được các địa chỉ tiếp nhận tin báo và các biện pháp ngăn chặn, bảo vệ.",
                "Trình bày đúng điều kiện, thời hạn của quyết định cấm tiếp xúc do Chủ tịch UBND cấp xã ban hành.",
                "Liên hệ được chỉ tiêu của Chương trình quốc gia và Kế hoạch của tỉnh với công việc của mình.",
                "Áp dụng sáu nguyên tắc chỉ đạo và yêu cầu về đồng ý, bảo mật dữ liệu.",
            ],
            "lessons": [
                {
                    "title": "Luật Bình đẳng giới 2006 và Luật Phòng, chống bạo lực gia đình 2022",
                    "slug": "luat-binh-dang-gioi-va-luat-pcblgd-2022",
                    "summary": (
                        "Những quy định cốt lõi của hai đạo luật: khái niệm, hành vi bị nghiêm cấm "
                        "và 16 nhóm hành vi bạo lực gia đình."
                    ),
                    "body": [
                        {"type": "heading", "value": "Luật Bình đẳng giới năm 2006"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật Bình đẳng giới số 73/2006/QH11 được Quốc hội thông qua ngày "
                                "29/11/2006. Ba điều cán bộ cần nắm chắc:</p>"
                                "<ul>"
                                "<li><b>Điều 5</b> giải thích các khái niệm nền tảng: giới, giới tính, "
                                "bình đẳng giới, định kiến giới, phân biệt đối xử về giới.</li>"
                                "<li><b>Điều 6</b> nêu sáu nguyên tắc cơ bản về bình đẳng giới.</li>"
                                "<li><b>Điều 10</b> quy định các hành vi bị nghiêm cấm, trong đó có "
                                "<b>bạo lực trên cơ sở giới</b>.</li>"
                                "</ul>"
                            ),
                        },
                        {"type": "heading", "value": "Luật Phòng, chống bạo lực gia đình năm 2022"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật số 13/2022/QH15 được thông qua ngày 14/11/2022, có hiệu lực từ "
                                "01/7/2023 và thay thế Luật năm 2007 (số 02/2007/QH12). Luật gồm 6 "
                                "chương, 56 điều, theo cách tiếp cận dựa trên quyền con người và "
                                "<b>lấy người bị bạo lực gia đình làm trung tâm</b>. Điều 2 giải thích "
                                "bốn thuật ngữ:</p>"
                                "<ul>"
                                "<li><b>Bạo lực gia đình</b>: hành vi cố ý của thành viên gia đình gây "
                                "tổn hại hoặc có khả năng gây tổn hại về thể chất, tinh thần, tình "
                                "dục, kinh tế đối với thành viên khác.</li>"
                                "<li><b>Cấm tiếp xúc</b>: cấm người có hành vi bạo lực đến gần người bị "
                                "bạo lực hoặc dùng phương tiện, công cụ để thực hiện bạo lực.</li>"
                                "<li><b>Nơi tạm lánh</b>: địa điểm bảo đảm an toàn cho người bị bạo "
                                "lực gia đình.</li>"
                                "<li><b>Giáo dục, hỗ trợ chuyển đổi hành vi</b>: cung cấp kiến thức, kỹ "
                                "năng để kiềm chế cảm xúc, kiểm soát hành vi, giải quyết mâu "
                                "thuẫn.</li>"
                                "</ul>"
                                "<p>Chú ý cụm từ <i>“có khả năng gây tổn hại”</i>: không cần chờ hậu "
                                "quả xảy ra mới coi là bạo lực.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Các hành vi bạo lực gia đình (Điều 3)"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Điều 3 liệt kê 16 nhóm hành vi. Khi tuyên truyền, có thể sắp xếp "
                                "theo hình thức cho dễ nhớ:</p>"
                                "<ul>"
                                "<li><b>Thể chất</b>: hành hạ, ngược đãi, đánh đập, đe dọa; giam cầm.</li>"
                                "<li><b>Tinh thần</b>: lăng mạ, chì chiết, xúc phạm danh dự; cưỡng ép "
                                "chứng kiến bạo lực với người, con vật; kỳ thị về hình thể, giới, giới "
                                "tính, năng lực; ngăn cản gặp người thân, cô lập; tiết lộ, phát tán "
                                "đời tư để xúc phạm.</li>"
                                "<li><b>Tình dục</b>: cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc "
                                "chồng; cưỡng ép trình diễn, xem nội dung khiêu dâm.</li>"
                                "<li><b>Kinh tế</b>: chiếm đoạt, hủy hoại tài sản; kiểm soát tài sản, "
                                "thu nhập; cưỡng ép đóng góp tài chính quá khả năng, học tập hay lao "
                                "động quá sức; cưỡng ép ra khỏi chỗ ở hợp pháp.</li>"
                                "<li><b>Bỏ mặc và cản trở quyền</b>: bỏ mặc, không chăm sóc trẻ em, "
                                "phụ nữ mang thai hoặc nuôi con dưới 36 tháng, người cao tuổi, người "
                                "khuyết tật; không giáo dục trẻ em; ngăn cản quyền, nghĩa vụ trong gia "
                                "đình; cưỡng ép tảo hôn, kết hôn, ly hôn hoặc cản trở kết hôn, ly hôn "
                                "hợp pháp.</li>"
                                "</ul>"
                                "<p>Một số hành vi còn áp dụng giữa người đã ly hôn hoặc chung sống như "
                                "vợ chồng; Nghị định 76/2023/NĐ-CP quy định chi tiết. Về xử phạt, từ "
                                "15/12/2025 Nghị định 282/2025/NĐ-CP thay thế Nghị định "
                                "144/2021/NĐ-CP; luôn tra cứu văn bản đang có hiệu lực.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Không còn là chuyện riêng",
                                "text": (
                                    "<p>BLG bị pháp luật nghiêm cấm; bạo lực gia đình được Luật năm "
                                    "2022 liệt kê cụ thể. “Chuyện nhà người ta” không phải lý do để "
                                    "đứng ngoài.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Khi phổ biến Luật năm 2022 ở thôn, khu phố",
                                "items": [
                                    "Có ví dụ gần gũi về bạo lực tinh thần và kinh tế.",
                                    "Nói rõ cưỡng ép quan hệ tình dục giữa vợ chồng cũng là bạo lực.",
                                    "Nhắc trách nhiệm chăm sóc trẻ em, người cao tuổi, người khuyết tật.",
                                    "Giới thiệu nơi báo tin và các số điện thoại đã xác minh.",
                                    "Có phiên dịch tiếng dân tộc khi cần.",
                                    "Không dùng hình ảnh, câu chuyện có thể nhận ra người thật.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Báo tin, biện pháp ngăn chặn, bảo vệ và cấm tiếp xúc",
                    "slug": "bao-tin-bien-phap-bao-ve-va-cam-tiep-xuc",
                    "summary": (
                        "Nơi tiếp nhận tin báo theo Điều 19, các số điện thoại đã xác minh, 11 biện "
                        "pháp ngăn chặn, bảo vệ và quy định cấm tiếp xúc tại Điều 25."
                    ),
                    "body": [
                        {"type": "heading", "value": "Báo tin cho ai (Điều 19)"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Người biết về hành vi bạo lực gia đình có thể báo tin, tố giác tới: "
                                "UBND cấp xã; Công an hoặc Đồn Biên phòng gần "
                                "nhất; cơ sở giáo dục nơi người bị bạo lực đang học; Trưởng thôn, Tổ "
                                "trưởng tổ dân phố, Trưởng ban công tác Mặt trận; người đứng đầu tổ "
                                "chức chính trị – xã hội cấp xã; Tổng đài điện thoại quốc gia về phòng, "
                                "chống bạo lực gia đình. Có thể gọi điện, nhắn tin, gửi đơn, thư hoặc "
                                "báo trực tiếp.</p>"
                                "<p>Theo Nghị định 76/2023/NĐ-CP, Tổng đài quốc gia dùng số ngắn ba chữ "
                                "số, hoạt động 24/7, và thông báo ngay cho Chủ tịch UBND cấp xã nơi xảy "
                                "ra vụ việc. <b>Chỉ phổ biến số tổng đài này theo thông báo chính "
                                "thức</b>.</p>"
                                "<p>Các số đã xác minh: <b>113</b> (công an), <b>115</b> (cấp cứu), "
                                "<b>111</b> (bảo vệ trẻ em, miễn phí, 24/7), <b>1900 969 680</b> (Ngôi "
                                "nhà Bình yên của Hội LHPN Việt Nam, 24/7).</p>"
                            ),
                        },
                        {"type": "heading", "value": "Các biện pháp ngăn chặn, bảo vệ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật năm 2022 quy định các biện pháp sau:</p>"
                                "<ol>"
                                "<li>Buộc chấm dứt ngay hành vi bạo lực.</li>"
                                "<li>Yêu cầu người có hành vi bạo lực đến trụ sở Công an xã.</li>"
                                "<li>Cấm tiếp xúc.</li>"
                                "<li>Bố trí nơi tạm lánh, hỗ trợ nhu cầu thiết yếu.</li>"
                                "<li>Chăm sóc, điều trị.</li>"
                                "<li>Trợ giúp pháp lý, tư vấn tâm lý.</li>"
                                "<li>Giáo dục, hỗ trợ chuyển đổi hành vi.</li>"
                                "<li>Góp ý, phê bình trong cộng đồng dân cư.</li>"
                                "<li>Thực hiện công việc phục vụ cộng đồng.</li>"
                                "<li>Biện pháp xử lý vi phạm hành chính.</li>"
                                "<li>Biện pháp trong tố tụng hình sự.</li>"
                                "</ol>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Cấm tiếp xúc do Chủ tịch UBND cấp xã quyết định (Điều 25)",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Ai đề nghị</b>: người bị bạo lực hoặc người đại diện; nếu cơ "
                                "quan, tổ chức đề nghị thì phải được người bị bạo lực đồng ý.</li>"
                                "<li><b>Ngoại lệ</b>: khi hành vi bạo lực đe dọa tính mạng, không cần "
                                "có đề nghị.</li>"
                                "<li><b>Thời gian xem xét</b>: trong 12 giờ; quyết định có hiệu lực "
                                "ngay khi ký.</li>"
                                "<li><b>Thời hạn</b>: mỗi lần không quá 03 ngày.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cuộc gọi lúc nửa đêm",
                                "situation": (
                                    "<p>23 giờ, trưởng thôn ở xã Phước Dinh nhận điện thoại của bà T.: "
                                    "con trai bà say rượu, cầm dao dọa giết vợ. Người vợ đã chạy sang nhà "
                                    "bà cùng hai con nhỏ, người chồng đang la hét ngoài cổng. Chị sợ, "
                                    "nhưng “không muốn làm lớn chuyện vì anh ấy là lao động chính”.</p>"
                                ),
                                "questions": [
                                    "Việc đầu tiên trưởng thôn cần làm là gì?",
                                    "Có thể cấm tiếp xúc khi người vợ chưa đề nghị không? Vì sao?",
                                    "Biện pháp nào phù hợp cho đêm nay, và cho những ngày tới?",
                                    "Làm sao tôn trọng mong muốn của người vợ mà vẫn giữ an toàn cho chị và các con?",
                                ],
                                "discussion": (
                                    "<p>An toàn trước hết: gọi ngay 113 hoặc công an xã, không tự đối đầu "
                                    "với người cầm dao, dặn mọi người ở trong nhà, khóa cửa; có người bị "
                                    "thương thì gọi 115. Dọa giết bằng dao là đe dọa tính mạng, nên cấm "
                                    "tiếp xúc có thể được quyết định mà không cần đề nghị; trưởng thôn "
                                    "báo ngay cho UBND xã.</p>"
                                    "<p>Đêm nay: buộc chấm dứt hành vi, yêu cầu người chồng đến Công an "
                                    "xã, bố trí nơi tạm lánh nếu cần. Những ngày tới: chăm sóc y tế, tư "
                                    "vấn tâm lý, trợ giúp pháp lý nếu chị muốn, và hỗ trợ chuyển đổi hành "
                                    "vi cho người chồng. Lắng nghe nỗi lo về thu nhập, để chị tự quyết "
                                    "định, nhưng không đánh đổi sự an toàn; quan tâm cả hai đứa trẻ.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Nhớ ba điều về cấm tiếp xúc",
                                "text": (
                                    "<p>Xem xét <b>trong 12 giờ</b>; mỗi lần <b>không quá 03 ngày</b>; "
                                    "<b>không cần đề nghị</b> khi tính mạng bị đe dọa. Khi có nguy hiểm "
                                    "tức thời, gọi 113 trước, thủ tục sau.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Chương trình quốc gia, kế hoạch của tỉnh và các tháng hành động",
                    "slug": "chuong-trinh-quoc-gia-ke-hoach-tinh-thang-hanh-dong",
                    "summary": (
                        "Mục tiêu của Quyết định 2232/QĐ-TTg và Chiến lược quốc gia về bình đẳng giới, "
                        "Kế hoạch năm 2023 của tỉnh và cách tổ chức các tháng hành động."
                    ),
                    "body": [
                        {"type": "heading", "value": "Chương trình quốc gia giai đoạn 2021–2025"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quyết định 2232/QĐ-TTg ngày 28/12/2020 phê duyệt Chương trình phòng "
                                "ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021–2025, do Bộ "
                                "Lao động – Thương binh và Xã hội đề xuất. Mục tiêu chung là ngăn chặn "
                                "sự gia tăng BLG bằng cách nâng cao nhận thức và năng lực đáp ứng của "
                                "các cơ sở cung cấp dịch vụ. Đến năm 2025: tối thiểu <b>50%</b> người bị "
                                "BLG tìm kiếm trợ giúp từ cơ quan cung cấp dịch vụ; <b>100%</b> trường "
                                "hợp có nhu cầu được trợ giúp. Đào tạo cán bộ, nhân viên, cộng tác viên "
                                "là một nhiệm vụ của Chương trình.</p>"
                                "<p>Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030 (Nghị "
                                "quyết 28/NQ-CP) đặt mục tiêu 80% (năm 2025) và 90% (năm 2030) người bị "
                                "BLGĐ, BLG được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ "
                                "bản; 50% và 70% người gây bạo lực được tư vấn, tham vấn.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Kế hoạch năm 2023 của tỉnh Ninh Thuận"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch năm 2023 của UBND tỉnh (thực hiện Kế hoạch 895/KH-UBND ngày "
                                "24/02/2021) có hai chỉ tiêu: tối thiểu 50% người bị BLG tìm kiếm trợ "
                                "giúp từ cơ quan cung cấp dịch vụ; 90% trường hợp có nhu cầu được trợ "
                                "giúp. Bốn nhóm nhiệm vụ:</p>"
                                "<ol>"
                                "<li>Truyền thông, chú trọng người có uy tín, nam giới, thanh niên; "
                                "miền núi, khu công nghiệp, trường học.</li>"
                                "<li>Duy trì, nhân rộng các mô hình và cơ sở cung cấp dịch vụ.</li>"
                                "<li>Đào tạo, bồi dưỡng cán bộ, nhân viên, cộng tác viên.</li>"
                                "<li>Kiểm tra, giám sát, đánh giá, kể cả đoàn kiểm tra liên ngành.</li>"
                                "</ol>"
                                "<p>Sở Lao động – Thương binh và Xã hội chủ trì, các sở, ngành, Mặt "
                                "trận, đoàn thể cùng tham gia; báo cáo trước ngày 15/12 hằng năm. Trước "
                                "đó, Kế hoạch "
                                "1790/KH-UBND ngày 13/4/2021 đặt chỉ tiêu đến năm 2025 có 100% xã, "
                                "phường, thị trấn có mô hình phòng, chống bạo lực gia đình.</p>"
                                "<p><b>Lưu ý cập nhật:</b> Kế hoạch năm 2023 ban hành khi còn chính quyền "
                                "ba cấp. Từ 01/7/2025, chính quyền địa phương có hai cấp và tỉnh Ninh "
                                "Thuận hợp nhất với tỉnh Khánh Hòa thành tỉnh Khánh Hòa; các nhiệm vụ "
                                "trước đây giao cho cấp huyện cần thực hiện theo phân công hiện hành.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Các tháng hành động"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul>"
                                "<li><b>Tháng 6 hằng năm</b>: Tháng hành động quốc gia về phòng, chống "
                                "bạo lực gia đình (Quyết định 363/QĐ-TTg ngày 08/3/2016), gắn với Ngày "
                                "Gia đình Việt Nam 28/6.</li>"
                                "<li><b>Từ 15/11 đến 15/12 hằng năm</b>: Tháng hành động vì bình đẳng "
                                "giới và phòng ngừa, ứng phó với BLG, tổ chức từ năm 2016. Chủ đề năm "
                                "2023: “Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ "
                                "nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên "
                                "cơ sở giới”. Năm 2025, Bộ Nội vụ và UN Women phát động với chủ đề "
                                "“Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên "
                                "số”.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Chuẩn bị tháng hành động ở cấp xã",
                                "items": [
                                    "Thông điệp theo chủ đề năm được phát động.",
                                    "Lồng ghép vào họp thôn, phiên chợ, văn nghệ, thể thao.",
                                    "Mời người có uy tín, nam giới, thanh niên cùng truyền thông.",
                                    "Tài liệu có nơi báo tin và số điện thoại đã xác minh.",
                                    "Dùng truyền thanh cơ sở và mạng xã hội của xã.",
                                    "Ghi nhận kết quả để báo cáo đúng hạn.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Từ chỉ tiêu đến việc làm",
                                "text": (
                                    "<p>Chỉ tiêu “50% tìm kiếm trợ giúp” chỉ đạt được khi người dân "
                                    "biết dịch vụ ở đâu và tin mình sẽ được đối xử tôn trọng. Mỗi buổi "
                                    "truyền thông nên kết thúc bằng thông tin về nơi có thể tìm đến.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Các nguyên tắc chỉ đạo khi hỗ trợ người bị bạo lực",
                    "slug": "nguyen-tac-chi-dao-khi-ho-tro",
                    "summary": (
                        "Sáu nguyên tắc: an toàn, bảo mật, tôn trọng, không phân biệt đối xử, lấy "
                        "người bị bạo lực làm trung tâm, không gây hại; đồng ý có hiểu biết và bảo vệ "
                        "dữ liệu cá nhân."
                    ),
                    "body": [
                        {"type": "heading", "value": "Sáu nguyên tắc"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Luật năm 2022 và các hướng dẫn quốc tế cùng đề cao cách tiếp cận "
                                "lấy người bị bạo lực làm trung tâm. Trong thực hành, cách tiếp cận đó "
                                "được cụ thể hóa thành sáu nguyên tắc:</p>"
                                "<ul>"
                                "<li><b>An toàn</b>, ưu tiên số một: trước mỗi quyết định, hãy hỏi việc "
                                "này có làm người bị bạo lực nguy hiểm hơn không.</li>"
                                "<li><b>Bảo mật</b>: không tiết lộ thông tin khi chưa có sự đồng ý có "
                                "hiểu biết; chỉ chia sẻ điều cần thiết, cho người cần biết, để hỗ trợ "
                                "họ.</li>"
                                "<li><b>Tôn trọng</b> lựa chọn, mong muốn và phẩm giá của người bị bạo "
                                "lực, kể cả khi họ chưa muốn rời khỏi người gây bạo lực.</li>"
                                "<li><b>Không phân biệt đối xử</b> vì tuổi, dân tộc, tôn giáo, hôn "
                                "nhân, khuyết tật, xu hướng tính dục hay hoàn cảnh kinh tế.</li>"
                                "<li><b>Lấy người bị bạo lực làm trung tâm</b>: ưu tiên quyền, nhu cầu, "
                                "mong muốn của họ; tôn trọng quyền tự quyết, sự riêng tư; cung cấp đủ "
                                "thông tin để họ tự quyết định.</li>"
                                "<li><b>Không gây hại</b>: cân nhắc rủi ro của mọi hoạt động trước khi "
                                "làm, kể cả hoạt động truyền thông.</li>"
                                "</ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Đồng ý có hiểu biết và bảo vệ dữ liệu cá nhân",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Đồng ý có hiểu biết: người bị bạo lực hiểu rõ thông tin của họ được "
                                "dùng thế nào, ai sẽ biết, và có quyền từ chối hoặc rút lại. Cần hỏi "
                                "trước khi bắt đầu và hỏi lại trong suốt quá trình hỗ trợ.</p>"
                                "<p>Thông tin về vụ bạo lực thường là <b>dữ liệu cá nhân nhạy cảm</b>: "
                                "sức khỏe, đời sống tình dục, nguồn gốc dân tộc. Nghị định "
                                "13/2023/NĐ-CP yêu cầu sự đồng ý phải tự nguyện, rõ ràng, cụ thể và "
                                "kiểm chứng được; <b>im lặng hoặc không phản hồi không phải là đồng "
                                "ý</b>. Từ 01/01/2026, Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 có "
                                "hiệu lực và thay thế vai trò của Nghị định này.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Bức ảnh trong nhóm Zalo của thôn",
                                "situation": (
                                    "<p>Ở một thôn thuộc xã Ninh Phước, sau vụ chồng đánh vợ tối qua, "
                                    "một cộng tác viên chụp vết thương trên mặt chị P. “để làm bằng "
                                    "chứng” và gửi vào nhóm Zalo chung của thôn, kêu gọi “mọi người lên "
                                    "án”. Sáng nay nhiều người chia sẻ tiếp; chị P. bỏ về nhà mẹ đẻ và "
                                    "không nghe điện thoại.</p>"
                                ),
                                "questions": [
                                    "Những nguyên tắc nào đã bị vi phạm?",
                                    "Việc chia sẻ bức ảnh có thể gây hại gì cho chị P. và các con?",
                                    "Cán bộ phụ trách cần làm gì ngay bây giờ?",
                                    "Nên ghi nhận và lưu giữ chứng cứ như thế nào cho đúng?",
                                ],
                                "discussion": (
                                    "<p>Dù có ý tốt, việc này vi phạm nguyên tắc bảo mật, tôn trọng và "
                                    "không gây hại: ảnh là dữ liệu nhạy cảm, bị phát tán khi chưa có sự "
                                    "đồng ý, có thể khiến chị P. xấu hổ, bị nhà chồng trách móc, thậm chí "
                                    "bị trả thù.</p>"
                                    "<p>Cần đề nghị quản trị nhóm gỡ ảnh, nhắc mọi người không chia sẻ; "
                                    "liên hệ riêng với chị P. qua người chị tin tưởng, xin lỗi và hỏi chị "
                                    "cần gì. Chứng cứ chỉ được ghi nhận khi chị đồng ý, do cơ sở y tế "
                                    "hoặc công an thực hiện, không qua nhóm chat.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Tự kiểm tra trước mỗi lần tiếp xúc",
                                "items": [
                                    "Nơi gặp kín đáo, người gây bạo lực không nghe thấy.",
                                    "Đã giải thích ai sẽ biết thông tin và xin sự đồng ý.",
                                    "Cung cấp thông tin để họ tự quyết định, không quyết định thay.",
                                    "Không đổ lỗi, không phán xét.",
                                    "Hồ sơ, tin nhắn, ảnh được lưu giữ an toàn.",
                                    "Hỏi ý kiến họ trước khi chuyển tuyến.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Một câu hỏi trước mọi hành động",
                                "text": (
                                    "<p>“Việc này có an toàn cho chị ấy không, và chị ấy đã đồng ý "
                                    "chưa?” Nếu câu trả lời là “không” hoặc “chưa biết”, hãy dừng lại "
                                    "và hỏi thêm.</p>"
                                ),
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
