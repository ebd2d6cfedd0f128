"""Khối 5: Tư vấn, tham vấn và quản lý ca (nội dung demo, dữ liệu thuần)."""

TRACK = {
    "number": 5,
    "title": "Tư vấn, tham vấn và quản lý ca",
    "slug": "tu-van-quan-ly-ca",
    "summary": (
        "Kỹ năng tư vấn, tham vấn lấy người bị bạo lực làm trung tâm và quy trình quản lý ca bạo "
        "lực trên cơ sở giới theo 6 bước, kèm yêu cầu về hồ sơ và bảo vệ dữ liệu cá nhân."
    ),
    "audience": (
        "<p>Dành cho <b>người cung cấp dịch vụ</b> trực tiếp gặp người bị bạo lực: nhân viên và "
        "cộng tác viên công tác xã hội, người làm tư vấn, tham vấn, cán bộ hội đoàn thể và thành "
        "viên các mô hình ở cộng đồng như địa chỉ tin cậy – nhà tạm lánh. Khối này tương ứng với "
        "nhóm kiến thức, kỹ năng mà kế hoạch năm 2023 của chương trình đặt ra cho người cung cấp "
        "dịch vụ, trong đó có <i>tư vấn, tham vấn</i> và <i>quản lý ca</i>.</p><p>Các tình huống "
        "lấy bối cảnh địa bàn Ninh Thuận cũ. Từ 01/7/2025, Ninh Thuận và Khánh Hòa hợp nhất thành "
        "tỉnh Khánh Hòa, chính quyền địa phương còn hai cấp; khi chuyển tuyến, hãy dùng tên cơ "
        "quan, đơn vị đang hoạt động.</p>"
    ),
    "objectives": [
        (
            "Áp dụng các nguyên tắc an toàn, bảo mật, tôn trọng, không phân biệt đối xử và không "
            "gây hại khi tiếp xúc với người bị bạo lực."
        ),
        (
            "Lắng nghe, phản hồi không đổ lỗi và thực hiện sơ cứu tâm lý theo bốn hành động Chuẩn "
            "bị – Quan sát – Lắng nghe – Kết nối."
        ),
        "Giải thích bảo mật, giới hạn bảo mật và xin sự đồng ý có hiểu biết đúng cách.",
        "Quản lý một ca bạo lực trên cơ sở giới qua 6 bước, từ giới thiệu và tiếp cận đến đóng ca.",
        "Lập và lưu hồ sơ ca an toàn, phù hợp quy định về bảo vệ dữ liệu cá nhân.",
        "Nhận biết dấu hiệu kiệt sức, tổn thương thứ cấp và lập kế hoạch tự chăm sóc.",
    ],
    "courses": [
        {
            "title": "Kỹ năng tư vấn, tham vấn lấy người bị bạo lực làm trung tâm",
            "slug": "ky-nang-tu-van-tham-van",
            "summary": (
                "Lắng nghe không phán xét, không đổ lỗi; bảo mật và giới hạn của bảo mật; đồng ý "
                "có hiểu biết; và chăm sóc bản thân của người làm hỗ trợ."
            ),
            "description": (
                "<p>Khóa học trang bị những kỹ năng nền cho mọi cuộc tiếp xúc với người bị bạo "
                "lực, dù đó là một buổi tham vấn ở trung tâm hay một cuộc trò chuyện ngắn bên hiên "
                "nhà. <b>Tư vấn</b> ở đây là cung cấp thông tin, lựa chọn và lời khuyên; <b>tham "
                "vấn</b> là quá trình đồng hành về tâm lý để người bị bạo lực tự nhìn rõ hoàn cảnh "
                "và tự quyết định. Cả hai đều dựa trên cùng một nền tảng: an toàn, bảo mật, tôn "
                "trọng.</p>"
            ),
            "estimated_hours": "3.0",
            "objectives": [
                "Thực hành lắng nghe tích cực và dùng lời nói không đổ lỗi.",
                "Vận dụng sơ cứu tâm lý trong lần tiếp xúc đầu tiên.",
                "Nói rõ giới hạn bảo mật ngay từ đầu và xin đồng ý có hiểu biết cho từng việc.",
                "Lập kế hoạch tự chăm sóc và giữ an toàn cho bản thân khi làm việc.",
            ],
            "lessons": [
                {
                    "title": "Lắng nghe lấy người bị bạo lực làm trung tâm",
                    "slug": "lang-nghe-lay-nguoi-bi-bao-luc-lam-trung-tam",
                    "summary": (
                        "Các nguyên tắc chỉ đạo, sơ cứu tâm lý và cách lắng nghe, phản hồi không "
                        "đổ lỗi trong lần tiếp xúc đầu tiên."
                    ),
                    "body": [
                        {"type": "heading", "value": "Vì sao lần tiếp xúc đầu tiên quan trọng"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Điều tra quốc gia năm 2019 về bạo lực đối với phụ nữ cho thấy "
                                "gần 63% phụ nữ được hỏi từng bị chồng bạo lực, nhưng 90,4% không "
                                "tìm đến sự trợ giúp của chính quyền. Khi một người quyết định kể "
                                "với bạn, đó thường là kết quả của rất nhiều do dự. Vài phút đầu "
                                "có thể quyết định họ quay lại tìm hỗ trợ hay im lặng thêm nhiều "
                                "năm.</p><p>Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 "
                                "(hiệu lực từ 01/7/2023) lấy người bị bạo lực gia đình làm trung "
                                "tâm: ưu tiên quyền, nhu cầu, mong muốn của họ; tôn trọng quyền tự "
                                "quyết, sự riêng tư; cung cấp đủ thông tin để họ tự quyết "
                                "định.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Các nguyên tắc chỉ đạo"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>An toàn</b> là ưu tiên số một: an toàn của người bị "
                                "bạo lực, của con cái họ và của chính bạn.</li><li><b>Bảo mật</b>: "
                                "không tiết lộ thông tin khi chưa có sự đồng ý có hiểu biết của "
                                "người bị bạo lực.</li><li><b>Tôn trọng</b> lựa chọn, mong muốn và "
                                "phẩm giá của họ, kể cả khi bạn không đồng tình, chẳng hạn khi chị "
                                "ấy chưa muốn rời khỏi nhà.</li><li><b>Không phân biệt đối xử</b> "
                                "vì tuổi, dân tộc, khuyết tật, hoàn cảnh hay bất kỳ đặc điểm "
                                "nào.</li></ul><p>Bao trùm tất cả là nguyên tắc <b>không gây "
                                "hại</b>: trước mỗi việc định làm, hãy tự hỏi việc này có thể "
                                "khiến người đó nguy hiểm hơn không.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Sơ cứu tâm lý: Chuẩn bị – Quan sát – Lắng nghe – Kết nối",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Tài liệu <i>Sơ cứu tâm lý: Hướng dẫn cho nhân viên thực "
                                "địa</i> (WHO, War Trauma Foundation và World Vision, 2011) tóm "
                                "tắt cách hỗ trợ ban đầu thành bốn hành động:</p><ol><li><b>Chuẩn "
                                "bị</b>: biết trước các dịch vụ ở địa phương, số khẩn cấp (113 "
                                "công an, 115 cấp cứu) và một chỗ kín đáo để nói "
                                "chuyện.</li><li><b>Quan sát</b>: có thương tích cần cấp cứu "
                                "không, có hoảng loạn không, có ai đi cùng khiến họ không dám nói "
                                "không.</li><li><b>Lắng nghe</b>: để họ kể theo nhịp của mình, "
                                "không ép kể chi tiết, hỏi họ cần gì nhất lúc này.</li><li><b>Kết "
                                "nối</b>: giúp họ tiếp cận thông tin, dịch vụ và người thân tin "
                                "cậy mà họ lựa chọn.</li></ol>"
                            ),
                        },
                        {"type": "heading", "value": "Lắng nghe tích cực và không đổ lỗi"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Lắng nghe tích cực giúp người kể thấy mình được tin và được "
                                "hiểu. Tắt chuông điện thoại, chấp nhận những khoảng im lặng. Nhắc "
                                "lại ngắn gọn điều họ vừa nói và gọi tên cảm xúc: “Nghe chị kể, em "
                                "thấy chị đã sợ hãi suốt thời gian dài.” Dùng câu hỏi mở như “Chị "
                                "muốn mình bắt đầu từ đâu?” thay vì câu hỏi dồn "
                                "dập.</p><p><b>Những câu cần tránh</b>, vì chúng đổ lỗi hoặc gây "
                                "áp lực:</p><ul><li>“Sao chị không bỏ đi từ lâu?”</li><li>“Chắc "
                                "chị cũng nói gì làm anh ấy nổi nóng.”</li><li>“Thôi nhịn cho êm "
                                "cửa êm nhà, vì con.”</li></ul><p><b>Những câu nên "
                                "dùng</b>:</p><ul><li>“Cảm ơn chị đã tin tưởng kể với "
                                "em.”</li><li>“Bị đối xử như vậy không phải lỗi của "
                                "chị.”</li><li>“Chị chưa cần quyết định gì hôm nay. Mình cùng xem "
                                "các lựa chọn.”</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Bạn không cần có mọi câu trả lời. Việc của bạn là tin lời "
                                    "người kể, lắng nghe không phán xét, nói rõ rằng bạo lực không "
                                    "phải lỗi của họ và giúp họ biết các lựa chọn để <b>tự quyết "
                                    "định</b>.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Tự kiểm tra sau lần tiếp xúc đầu tiên",
                                "items": [
                                    "Tôi đã hỏi người đó có đang an toàn và có cần cấp cứu không.",
                                    "Cuộc nói chuyện diễn ra ở nơi riêng tư.",
                                    (
                                        "Tôi không hỏi “tại sao” theo kiểu trách móc và không "
                                        "khuyên nhịn nhục."
                                    ),
                                    "Tôi đã nói rõ bạo lực không phải lỗi của họ.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Bảo mật, giới hạn bảo mật và đồng ý có hiểu biết",
                    "slug": "bao-mat-va-dong-y-co-hieu-biet",
                    "summary": (
                        "Giữ bí mật trong một cộng đồng nhỏ, nói trước về giới hạn của bảo mật và "
                        "xin sự đồng ý có hiểu biết trước và trong suốt quá trình hỗ trợ."
                    ),
                    "body": [
                        {
                            "type": "heading",
                            "value": "Bảo mật là điều kiện để người bị bạo lực dám nói",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ở thôn, xóm, một câu nói vô tình ở chợ có thể đến tai người "
                                "gây bạo lực ngay trong ngày. Bảo mật trong thực tế "
                                "là:</p><ul><li>Chỉ chia sẻ với người cần biết để hỗ trợ, khi "
                                "người bị bạo lực đã đồng ý.</li><li>Không bàn về ca ở quán nước, "
                                "cuộc họp thôn hay nhóm Zalo.</li><li>Không xác nhận với ai, kể cả "
                                "người thân, rằng người đó đang được hỗ trợ.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Giới hạn của bảo mật"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Bảo mật không tuyệt đối. Giới hạn thường gặp: nguy cơ đe dọa "
                                "tính mạng; trẻ em bị bạo lực, xâm hại, cần báo cơ quan có trách "
                                "nhiệm (Tổng đài quốc gia bảo vệ trẻ em <b>111</b>, 24/7, miễn "
                                "phí); yêu cầu của cơ quan có thẩm quyền theo pháp luật. Phạm vi "
                                "cụ thể theo pháp luật và quy trình của cơ quan bạn: hãy hỏi người "
                                "giám sát.</p><p>Nói về các giới hạn này <b>ngay từ đầu</b>: "
                                "“Những gì chị kể, em giữ kín. Chỉ khi có nguy hiểm đến tính mạng "
                                "của chị hoặc các cháu thì em phải báo, và em sẽ cố nói với chị "
                                "trước.” Khi buộc phải chia sẻ, chỉ chia sẻ phần tối thiểu.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Đồng ý có hiểu biết"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Đồng ý có hiểu biết nghĩa là người bị bạo lực hiểu dịch vụ là "
                                "gì, điều gì được ghi lại, ai sẽ biết, và có quyền từ chối hoặc "
                                "dừng bất cứ lúc nào mà không mất hỗ trợ khác. Xin đồng ý trước "
                                "khi bắt đầu và xin lại trước mỗi lần chuyển tuyến.</p><p>Nghị "
                                "định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân (Điều 11) yêu cầu "
                                "tương tự: sự đồng ý phải tự nguyện, người đồng ý biết rõ loại dữ "
                                "liệu, mục đích, bên xử lý, quyền và nghĩa vụ; phải rõ ràng, cụ "
                                "thể, liệt kê từng mục đích, ở dạng kiểm chứng được. <b>Im lặng "
                                "hoặc không phản hồi không phải là đồng ý.</b></p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Người phiên dịch là người trong họ",
                                "situation": (
                                    "<p>Chị H., 34 tuổi, ở xã Bác Ái Tây, đến trạm y tế vì đau "
                                    "vai. Chị nói tiếng phổ thông chưa thạo; người phiên dịch duy "
                                    "nhất là em họ của chồng. Khi được hỏi về vết bầm trên tay, "
                                    "chị im lặng; người phiên dịch trả lời thay: “Chị ấy ngã khi "
                                    "lên rẫy.”</p>"
                                ),
                                "questions": [
                                    (
                                        "Hỏi tiếp qua người phiên dịch này có thể ảnh hưởng thế "
                                        "nào đến an toàn của chị H.?"
                                    ),
                                    (
                                        "Hôm nay, làm sao để chị H. biết có nơi hỗ trợ mà không "
                                        "gây nguy hiểm cho chị?"
                                    ),
                                    "Cần người phiên dịch như thế nào?",
                                ],
                                "discussion": (
                                    "<p>Không hỏi sâu về bạo lực trước người thân của chồng: thông "
                                    "tin có thể về đến nhà trước chị. Im lặng của chị H. cũng "
                                    "không phải là đồng ý để ghi chép hay chuyển tuyến. Hôm nay, "
                                    "lo phần y tế, tìm lý do tự nhiên để gặp riêng (ví dụ khám "
                                    "riêng) và cho chị biết ngắn gọn rằng trạm có người giúp khi "
                                    "chị cần. Sau đó tìm người phiên dịch không có quan hệ với gia "
                                    "đình, tốt nhất là nữ, đã cam kết giữ bí mật. Không ghi suy "
                                    "đoán vào giấy tờ chị mang về nhà.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Ghi nhớ",
                                "text": (
                                    "<p>Giới hạn bảo mật: nói <b>trước</b>. Đồng ý: xin lại ở "
                                    "<b>mỗi</b> bước mới.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Cuộc trò chuyện về đồng ý có hiểu biết",
                                "items": [
                                    (
                                        "Nói rõ điều gì được ghi lại, lưu ở đâu, ai được xem, và "
                                        "giới hạn bảo mật."
                                    ),
                                    (
                                        "Liệt kê từng nơi có thể chuyển đến và hỏi đồng ý riêng "
                                        "cho từng nơi."
                                    ),
                                    "Khẳng định họ có thể từ chối hoặc dừng bất cứ lúc nào.",
                                    "Mời họ nói lại để chắc họ đã hiểu.",
                                    "Ghi lại sự đồng ý ở dạng kiểm chứng được.",
                                ],
                            },
                        },
                    ],
                },
                {
                    "title": "Chăm sóc bản thân của người làm tư vấn, tham vấn",
                    "slug": "cham-soc-ban-than-nguoi-tu-van",
                    "summary": (
                        "Nhận biết kiệt sức và tổn thương thứ cấp, giữ ranh giới nghề nghiệp, giữ "
                        "an toàn cho bản thân và lập kế hoạch tự chăm sóc."
                    ),
                    "body": [
                        {"type": "heading", "value": "Người hỗ trợ cũng cần được hỗ trợ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nghe đi nghe lại những câu chuyện bạo lực để lại dấu vết trên "
                                "người nghe. Người hỗ trợ có thể kiệt sức hoặc bị tổn thương thứ "
                                "cấp: có những phản ứng giống người trải qua sang chấn dù mình "
                                "không trực tiếp bị bạo lực. Đây không phải yếu đuối, mà là rủi ro "
                                "nghề nghiệp cần được quản lý.</p><p>Một số dấu hiệu thường "
                                "gặp:</p><ul><li>Mất ngủ, hình ảnh từ câu chuyện của người khác cứ "
                                "quay lại trong đầu.</li><li>Cáu gắt với người nhà, hoặc ngược "
                                "lại, thấy trơ lì, không còn cảm xúc.</li><li>Né tránh ca khó, "
                                "ngại nghe điện thoại, hoặc ôm việc không dám nghỉ.</li><li>Nghĩ "
                                "rằng chỉ mình mới “cứu” được người đó.</li><li>Hoài nghi, bi quan "
                                "về mọi người và về công việc.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Ranh giới nghề nghiệp"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Ranh giới rõ ràng bảo vệ cả người bị bạo lực lẫn bạn. Thỏa "
                                "thuận cách và giờ liên lạc; ngoài giờ, hướng dẫn họ gọi "
                                "<b>113</b> khi nguy hiểm, <b>115</b> khi cần cấp cứu, hoặc tổng "
                                "đài 24/7 của Ngôi nhà Bình yên <b>1900 969 680</b>. Không cho vay "
                                "tiền, không tự đưa người bị bạo lực về ở nhà mình khi chưa có sự "
                                "sắp xếp của cơ quan, không hứa điều mình không làm được. Khi thấy "
                                "mình quá gắn bó hoặc bực bội với một ca, hãy trao đổi với người "
                                "giám sát.</p>"
                            ),
                        },
                        {"type": "heading", "value": "An toàn của chính người hỗ trợ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Người gây bạo lực có thể tìm đến, đe dọa hoặc bêu riếu người "
                                "đang giúp vợ mình. Hãy gặp người bị bạo lực ở nơi an toàn như trụ "
                                "sở, trạm y tế; báo đồng nghiệp biết bạn đi đâu, khi nào về; không "
                                "đi một mình đến nhà có nguy cơ cao; không tranh cãi trực tiếp với "
                                "người gây bạo lực. Mọi lời đe dọa nhắm vào bạn cần được ghi lại "
                                "và báo người giám sát; nếu nguy hiểm đang diễn ra, gọi 113.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cộng tác viên và người hàng xóm",
                                "situation": (
                                    "<p>Chị N. là cộng tác viên ở phường Đông Hải. Chồng của một "
                                    "người chị đang hỗ trợ là hàng xóm cách hai căn. Tối qua anh "
                                    "ta đứng trước cổng nhà chị N. nói to rằng chị “phá nhà người "
                                    "ta”. Chị N. mất ngủ, sáng nay định nhắn tin cho người bị bạo "
                                    "lực rằng chị sẽ không giúp nữa.</p>"
                                ),
                                "questions": [
                                    "Chị N. đang có những dấu hiệu nào cần được quan tâm?",
                                    (
                                        "Những bước nào giúp bảo vệ chị N. mà không bỏ rơi người "
                                        "bị bạo lực?"
                                    ),
                                    "Cơ quan của chị N. cần làm gì?",
                                ],
                                "discussion": (
                                    "<p>Phản ứng của chị N. là dễ hiểu, nhưng nhắn tin bỏ dở có "
                                    "thể làm người bị bạo lực mất chỗ dựa. Chị cần báo ngay người "
                                    "giám sát, ghi lại lời đe dọa và báo công an phường nếu còn "
                                    "tái diễn. Cơ quan nên chuyển ca cho người khác không sống "
                                    "cùng khu phố, báo cho người bị bạo lực một cách an toàn và hỗ "
                                    "trợ chị N.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Chăm sóc bản thân là một phần của đạo đức nghề nghiệp: "
                                    "người hỗ trợ kiệt sức dễ bỏ sót nguy cơ. Giám sát chuyên môn "
                                    "định kỳ là trách nhiệm của cả cá nhân lẫn cơ quan.</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Kế hoạch tự chăm sóc hằng tuần",
                                "items": [
                                    (
                                        "Có ít nhất một buổi trao đổi với người giám sát hoặc nhóm "
                                        "đồng nghiệp."
                                    ),
                                    (
                                        "Sau ca khó, có người để kể lại (không nêu tên người bị "
                                        "bạo lực)."
                                    ),
                                    (
                                        "Có một việc giúp tôi “khép lại” ngày làm việc trước khi "
                                        "về nhà."
                                    ),
                                    "Ngủ đủ, ăn uống đều, có vận động.",
                                    "Số ca đang theo dõi ở mức tôi làm được chu đáo.",
                                    "Tôi biết mình sẽ báo ai khi bị đe dọa.",
                                ],
                            },
                        },
                    ],
                },
            ],
        },
        {
            "title": "Quản lý ca bạo lực trên cơ sở giới theo 6 bước",
            "slug": "quan-ly-ca-6-buoc",
            "summary": (
                "Quy trình quản lý ca từ giới thiệu và tiếp cận đến đóng ca, kèm kế hoạch an toàn, "
                "chuyển tuyến và bảo vệ hồ sơ, dữ liệu cá nhân."
            ),
            "description": (
                "<p>Khóa học dựa trên 6 bước của <i>Hướng dẫn liên cơ quan về quản lý ca bạo lực "
                "trên cơ sở giới</i> (Interagency GBV Case Management Guidelines, 06/2017, do IMC, "
                "IRC, UNICEF, UNFPA và UNHCR xây dựng trong khuôn khổ GBVIMS), đặt trong khung "
                "pháp luật Việt Nam: Luật Phòng, chống bạo lực gia đình 2022 và các quy định về "
                "bảo vệ dữ liệu cá nhân.</p>"
            ),
            "estimated_hours": "3.5",
            "objectives": [
                "Mô tả mục đích và trình tự 6 bước quản lý ca.",
                "Đánh giá an toàn và nhu cầu mà không bắt người bị bạo lực kể lại nhiều lần.",
                "Cùng người bị bạo lực lập kế hoạch hành động và kế hoạch an toàn.",
                "Chuyển tuyến an toàn, bảo mật, có sự đồng ý cho từng nơi.",
                "Theo dõi, đóng ca và lưu hồ sơ đúng quy định bảo vệ dữ liệu cá nhân.",
            ],
            "lessons": [
                {
                    "title": "Bước 1 và 2: Giới thiệu, tiếp cận và đánh giá",
                    "slug": "gioi-thieu-tiep-can-va-danh-gia",
                    "summary": (
                        "Quản lý ca là gì; cách mở đầu một ca; đánh giá an toàn và nhu cầu của "
                        "người bị bạo lực."
                    ),
                    "body": [
                        {"type": "heading", "value": "Quản lý ca là gì"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Quản lý ca là cách làm có cấu trúc: một người quản lý ca đồng "
                                "hành cùng người bị bạo lực, đánh giá nhu cầu, cùng lập kế hoạch, "
                                "kết nối dịch vụ và theo dõi đến khi kết thúc. Hướng dẫn liên cơ "
                                "quan năm 2017 chia thành 6 bước:</p><ol><li>Giới thiệu và tiếp "
                                "cận.</li><li>Đánh giá.</li><li>Lập kế hoạch hành "
                                "động.</li><li>Thực hiện kế hoạch.</li><li>Theo dõi.</li><li>Đóng "
                                "ca.</li></ol><p>Đồng ý có hiểu biết được xin trước khi bắt đầu và "
                                "trong suốt các bước.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bước 1: Giới thiệu và tiếp cận"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Mời ngồi ở nơi riêng tư, giới thiệu tên và vai trò. Trước khi "
                                "hỏi về bạo lực, hỏi về an toàn lúc này: “Bây giờ chị có an toàn "
                                "không? Người đó có biết chị đang ở đây không?” Nếu có thương tích "
                                "nặng, gọi <b>115</b>; nếu bạo lực đang diễn ra hoặc có đe dọa "
                                "ngay trước mắt, gọi <b>113</b>. Khi tạm ổn, giải thích dịch vụ, "
                                "bảo mật và giới hạn bảo mật, rồi xin đồng ý mở ca.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bước 2: Đánh giá"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Đánh giá để hiểu người đó cần gì, không phải để điều "
                                "tra:</p><ul><li><b>An toàn</b>: bạo lực có tăng về mức độ, tần "
                                "suất không; có lời đe dọa giết, có hung khí không; trẻ em trong "
                                "nhà có bị ảnh hưởng không; chị đang mang thai "
                                "không.</li><li><b>Sức khỏe</b>: thương tích, nhu cầu khám, điều "
                                "trị.</li><li><b>Tâm lý</b>: mức độ hoảng sợ, mất ngủ, ý nghĩ tự "
                                "làm hại.</li><li><b>Chỗ ở và nhu cầu thiết yếu</b>, <b>pháp "
                                "lý</b>, <b>kinh tế</b>, <b>con cái</b>.</li><li><b>Điểm mạnh</b>: "
                                "người thân tin cậy, thu nhập, cách chị đã tự bảo "
                                "vệ.</li></ul><p>Chỉ hỏi điều cần thiết; tránh bắt họ kể lại nhiều "
                                "lần.</p>"
                            ),
                        },
                        {
                            "type": "content_note",
                            "value": {
                                "summary": (
                                    "Phần sau có ví dụ câu hỏi đánh giá về thương tích và bạo lực "
                                    "tình dục."
                                ),
                                "body": (
                                    "<p>Hỏi tôn trọng, cụ thể theo hành vi:</p><ul><li>“Chị có bị "
                                    "thương ở đâu cần được khám không?”</li><li>“Đã có lần nào anh "
                                    "ấy bóp cổ, đánh vào đầu hoặc dùng dao, gậy với chị "
                                    "chưa?”</li><li>“Có khi nào anh ấy ép chị quan hệ khi chị "
                                    "không muốn không?” Luật Phòng, chống bạo lực gia đình 2022 "
                                    "coi cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc chồng "
                                    "là hành vi bạo lực gia đình; hãy nói điều này để chị biết đó "
                                    "không phải “bổn phận”.</li></ul><p>Nếu có bạo lực tình dục "
                                    "gần đây, ưu tiên khám, điều trị sớm (có đồng ý). Nếu chị có ý "
                                    "nghĩ tự tử, ở lại cùng chị và kết nối ngay với y tế.</p>"
                                ),
                            },
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Cuộc gọi buổi tối ở xã Cà Ná",
                                "situation": (
                                    "<p>21 giờ, chị L., 29 tuổi, gọi cho cộng tác viên xã Cà Ná. "
                                    "Chồng chị đi biển về, uống rượu rồi đánh chị vì chuyện tiền. "
                                    "Chị đã bế hai con sang nhà mẹ đẻ ở xóm bên. Anh ta liên tục "
                                    "nhắn: “Về ngay không thì biết tay.” Chị khóc: “Em phải làm "
                                    "sao?”</p>"
                                ),
                                "questions": [
                                    "Qua điện thoại, bạn làm gì trong bước giới thiệu và tiếp cận?",
                                    "Ba điều cần đánh giá trước tiên là gì?",
                                    "Trong trường hợp nào bạn gọi 113 ngay?",
                                ],
                                "discussion": (
                                    "<p>Trước hết hỏi: chị có an toàn ở nhà mẹ không, có ai bị "
                                    "thương cần cấp cứu không, chồng có biết chị ở đâu và có đang "
                                    "đến không. Nếu anh ta đang tìm đến, có hung khí hoặc đe dọa "
                                    "tính mạng, gọi 113. Ghi nhận nỗi sợ của chị, khuyên chị giữ "
                                    "lại tin nhắn đe dọa và không quay về trong đêm. Hẹn gặp ở nơi "
                                    "kín đáo sáng hôm sau để giới thiệu dịch vụ, xin đồng ý mở ca "
                                    "và đánh giá.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>An toàn trước, thủ tục sau. Đánh giá phải giúp người bị "
                                    "bạo lực nhẹ nhõm hơn, không phải như bị thẩm vấn.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Bước 3 và 4: Lập kế hoạch hành động và thực hiện",
                    "slug": "lap-ke-hoach-va-thuc-hien",
                    "summary": (
                        "Cùng người bị bạo lực lập kế hoạch hành động và kế hoạch an toàn; sử dụng "
                        "các biện pháp theo luật; chuyển tuyến an toàn."
                    ),
                    "body": [
                        {
                            "type": "heading",
                            "value": "Bước 3: Kế hoạch do người bị bạo lực cùng xây dựng",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Từ kết quả đánh giá, người quản lý ca và người bị bạo lực cùng "
                                "chọn các nhu cầu ưu tiên. Với mỗi nhu cầu, ghi rõ: mục tiêu, việc "
                                "cần làm, ai làm, khi nào. Người bị bạo lực quyết định thứ tự; bạn "
                                "giúp họ thấy rủi ro của từng lựa chọn. Kế hoạch phải vừa sức và "
                                "cụ thể, chẳng hạn “thứ Năm đi khám ở trạm y tế, có cộng tác viên "
                                "đi cùng”, chứ không phải “ổn định tâm lý”. Nếu bản giấy có thể bị "
                                "người gây bạo lực tìm thấy, không đưa bản giấy cho họ mang "
                                "về.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Kế hoạch an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Kế hoạch an toàn là phần không thể thiếu, kể cả khi người bị "
                                "bạo lực quyết định tiếp tục sống cùng người gây bạo lực. Nó trả "
                                "lời câu hỏi: khi nguy hiểm sắp xảy ra, chị sẽ làm gì, đi đâu, báo "
                                "cho ai. Kế hoạch cần được cập nhật mỗi khi hoàn cảnh thay đổi, "
                                "như khi chồng biết chị đi tìm hỗ trợ.</p>"
                            ),
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Các thành phần của kế hoạch an toàn",
                                "items": [
                                    (
                                        "Một chỗ trong nhà an toàn hơn, có lối ra, không có vật "
                                        "dụng có thể thành hung khí."
                                    ),
                                    (
                                        "Một mật khẩu hoặc tín hiệu với người thân, hàng xóm, kể "
                                        "cả với con lớn."
                                    ),
                                    "Lối thoát và nơi đến an toàn đã chọn trước.",
                                    (
                                        "Túi khẩn cấp: giấy tờ, chìa khóa, thuốc, ít tiền, số điện "
                                        "thoại cần thiết."
                                    ),
                                    (
                                        "Bản sao quyết định bảo vệ (nếu có), như quyết định cấm "
                                        "tiếp xúc."
                                    ),
                                    (
                                        "An toàn số: mật khẩu điện thoại, tài khoản, định vị, lịch "
                                        "sử cuộc gọi."
                                    ),
                                    "Ngày sẽ cùng xem lại kế hoạch.",
                                ],
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Các lựa chọn theo Luật Phòng, chống bạo lực gia đình 2022",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Giải thích trung thực các biện pháp mà người bị bạo lực có thể "
                                "yêu cầu, kể cả giới hạn của chúng: buộc chấm dứt hành vi bạo lực; "
                                "cấm tiếp xúc; bố trí nơi tạm lánh, hỗ trợ nhu cầu thiết yếu; chăm "
                                "sóc, điều trị; trợ giúp pháp lý, tư vấn tâm lý.</p><p>Với <b>cấm "
                                "tiếp xúc</b> do Chủ tịch UBND cấp xã quyết định: mỗi lần không "
                                "quá 03 ngày; đề nghị được xem xét trong 12 giờ; quyết định có "
                                "hiệu lực ngay khi ký. Nếu cơ quan, tổ chức đề nghị thì phải được "
                                "người bị bạo lực đồng ý; khi hành vi đe dọa tính mạng thì không "
                                "cần có đề nghị. Ba ngày là ngắn: hãy dùng để hoàn thiện kế hoạch "
                                "an toàn.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bước 4: Thực hiện và chuyển tuyến an toàn"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Chuyển tuyến là quy trình để người bị bạo lực nhận được dịch "
                                "vụ y tế, tâm lý xã hội, tư pháp, tạm lánh, kinh tế; mỗi nơi biết "
                                "việc của mình và biết chuyển tiếp đi đâu, bằng cách nào. Chuyển "
                                "tuyến phải an toàn và bảo mật:</p><ul><li>Xin đồng ý cho "
                                "<b>từng</b> nơi chuyển đến.</li><li>Chỉ chuyển thông tin tối "
                                "thiểu cần thiết; gọi trước cho đầu mối tại nơi nhận.</li><li>Đi "
                                "cùng khi cần, nhất là lần đầu đến công an hay bệnh "
                                "viện.</li><li>Hỏi lại sau mỗi lần chuyển: chị đã nhận được dịch "
                                "vụ chưa.</li></ul><p>Số điện thoại hữu ích: 113 (công an), 115 "
                                "(cấp cứu), 111 (bảo vệ trẻ em), 1900 969 680 (Ngôi nhà Bình yên, "
                                "24/7). Nghị định 76/2023/NĐ-CP quy định Tổng đài quốc gia về "
                                "phòng, chống bạo lực gia đình dùng số ngắn 3 chữ số, hoạt động "
                                "24/7; hãy kiểm tra số chính thức trước khi giới thiệu.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Kế hoạch là của người bị bạo lực. Không đẩy họ ly hôn hay "
                                    "hòa giải; giúp họ an toàn hơn với lựa chọn của chính họ.</p>"
                                ),
                            },
                        },
                    ],
                },
                {
                    "title": "Bước 5 và 6: Theo dõi, đóng ca; hồ sơ và bảo vệ dữ liệu",
                    "slug": "theo-doi-dong-ca-ho-so-du-lieu",
                    "summary": (
                        "Theo dõi an toàn, đóng ca đúng lúc, ghi chép hồ sơ ca và bảo vệ dữ liệu "
                        "cá nhân nhạy cảm theo quy định."
                    ),
                    "body": [
                        {"type": "heading", "value": "Bước 5: Theo dõi"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Thỏa thuận từ đầu cách liên lạc an toàn: gọi giờ nào, nói gì "
                                "nếu người khác cầm máy (ví dụ hỏi về lịch tiêm chủng). Mỗi lần "
                                "theo dõi, hỏi về an toàn trước, sau đó mới đến tiến độ của kế "
                                "hoạch. Nếu tình hình xấu đi, quay lại bước đánh giá và sửa kế "
                                "hoạch.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Bước 6: Đóng ca"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Có thể cân nhắc đóng ca khi các mục tiêu chính đã đạt và người "
                                "bị bạo lực có chỗ dựa ổn định; khi họ muốn dừng; khi họ chuyển "
                                "đến nơi khác (chuyển ca, có đồng ý); hoặc khi mất liên lạc sau "
                                "nhiều lần thử liên lạc an toàn theo quy trình. Buổi đóng ca cùng "
                                "nhìn lại kết quả, cập nhật kế hoạch an toàn, nhắc các số điện "
                                "thoại và khẳng định họ có thể quay lại bất cứ lúc nào.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Hồ sơ ca: đủ, đúng, ít"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>Dùng <b>mã ca</b> trên giấy tờ làm việc; thông tin nhận "
                                "dạng để ở phiếu riêng, cất riêng.</li><li>Ghi sự việc và lời "
                                "người bị bạo lực nói, không ghi nhận xét kiểu “chị ấy hay gây "
                                "chuyện”.</li><li>Lưu kèm phiếu đồng ý và các lần xin đồng ý "
                                "chuyển tuyến.</li><li>Hồ sơ giấy để tủ khóa; hồ sơ điện tử đặt "
                                "mật khẩu, chỉ người cần biết được truy cập.</li><li>Không chụp hồ "
                                "sơ bằng điện thoại cá nhân, không gửi qua nhóm chat.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "Bảo vệ dữ liệu cá nhân"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Nghị định 13/2023/NĐ-CP (ban hành 17/4/2023, hiệu lực "
                                "01/7/2023) xếp nhiều loại thông tin có trong hồ sơ bạo lực vào "
                                "<b>dữ liệu cá nhân nhạy cảm</b>: tình trạng sức khỏe và đời tư "
                                "trong hồ sơ bệnh án, nguồn gốc dân tộc, đời sống tình dục, xu "
                                "hướng tình dục, dữ liệu về tội phạm do cơ quan thực thi pháp luật "
                                "lưu. Chủ thể dữ liệu có các quyền, trong đó có được biết, đồng ý, "
                                "truy cập, rút lại đồng ý, xóa và hạn chế xử lý. Luật Bảo vệ dữ "
                                "liệu cá nhân số 91/2025/QH15 (thông qua 26/6/2025, hiệu lực "
                                "01/01/2026) thay vai trò của Nghị định 13; cần rà soát quy trình "
                                "hồ sơ theo Luật.</p>"
                            ),
                        },
                        {
                            "type": "case_scenario",
                            "value": {
                                "title": "Ảnh chụp hồ sơ trong nhóm Zalo",
                                "situation": (
                                    "<p>Sau giao ban ở phường Đô Vinh, một cán bộ chụp trang đánh "
                                    "giá ca của chị M. gửi vào nhóm Zalo 40 thành viên để “mọi "
                                    "người nắm”. Trong nhóm có người quen của chồng chị M.</p>"
                                ),
                                "questions": [
                                    "Việc gửi ảnh này vi phạm những nguyên tắc nào?",
                                    "Cần làm gì ngay trong hôm nay?",
                                    "Có cần báo cho chị M. không, và nói thế nào?",
                                ],
                                "discussion": (
                                    "<p>Ảnh chứa dữ liệu nhạy cảm, chia sẻ cho người không cần "
                                    "biết, không có đồng ý của chị M.: vi phạm bảo mật, có nguy cơ "
                                    "gây hại trực tiếp. Cần thu hồi tin nhắn, đề nghị thành viên "
                                    "xóa ảnh, báo người giám sát, đánh giá lại an toàn của chị M. "
                                    "và cập nhật kế hoạch an toàn nếu cần. Chị M. có quyền được "
                                    "biết; người quản lý ca báo cho chị một cách an toàn, trung "
                                    "thực. Cơ quan cần quy định: giao ban chỉ dùng mã ca, không "
                                    "gửi hồ sơ qua mạng xã hội.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "title": "Thông điệp chính",
                                "text": (
                                    "<p>Ghi ít mà đúng, lưu kín, và luôn tự hỏi: nếu trang giấy "
                                    "này rơi vào tay người gây bạo lực thì sao?</p>"
                                ),
                            },
                        },
                        {
                            "type": "checklist",
                            "value": {
                                "title": "Kiểm tra trước khi đóng ca",
                                "items": [
                                    "Đã hỏi ý kiến người bị bạo lực về việc đóng ca.",
                                    "Kế hoạch an toàn đã được cập nhật lần cuối.",
                                    (
                                        "Người bị bạo lực biết cách quay lại dịch vụ và các số "
                                        "113, 115, 1900 969 680."
                                    ),
                                    "Các lần chuyển tuyến đều có đồng ý và có ghi kết quả.",
                                    (
                                        "Hồ sơ dùng mã ca, lưu đúng nơi, không có bản sao trên "
                                        "điện thoại cá nhân."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
