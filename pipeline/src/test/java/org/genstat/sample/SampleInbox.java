package org.genstat.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sample-data/inbox: unit reports in the simplest layout, made from the seed plans
 * (targets as the plans write them; results after 2017 are invented, see sample-data/README.md).
 * Regenerate with {@code sample-data/regenerate}.
 */
public final class SampleInbox {
    private SampleInbox() {
    }

    public static void main(String[] args) throws IOException {
        Path inbox = Path.of(args.length > 0 ? args[0] : "sample-data/inbox");
        write(inbox);
        System.out.println("sample inbox written to " + inbox.toAbsolutePath());
    }

    public static void write(Path inbox) throws IOException {
        konTum2017(inbox.resolve("kon-tum/kontum-2017-phu-luc-chi-tieu-bdg.xlsx"));
        quangNinh2022(inbox.resolve("quang-ninh/QN-bao-cao-BDG-2022.xlsx"), 25.3, "2022-12-08T09:00:00Z");
        // The province's corrected resubmission: one value changed, saved a week later; it supersedes the first.
        quangNinh2022(inbox.resolve("quang-ninh/QN-bao-cao-BDG-2022-sua-doi.xlsx"), 25.8, "2022-12-15T10:30:00Z");
        haBac2026(inbox.resolve("ha-bac/UBND-xa-Ha-Bac-bao-cao-BDG-2026.xlsx"));
        MoreLayouts.write(inbox);
        PlanTables.write(inbox, inbox.toAbsolutePath().getParent().getParent().getParent().resolve("shared/domain"));
        huongTra2023(inbox.resolve("huong-tra/huongtra_baocao_2023.csv"));
    }

    /** Seed 001's appendix, as the province typed it: goal 2 has no heading, values mix numbers and text. */
    static void konTum2017(Path file) throws IOException {
        List<Object[]> rows = List.of(
                r("UBND TỈNH KON TUM"),
                r("BAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ"),
                r(),
                r("MỤC TIÊU, CHỈ TIÊU VỀ BĐG VÀ VSTBCPN NĂM 2017"),
                r("(Kèm theo Kế hoạch số 16/KH-BVSTBCPN, ngày 22/3/2017 của Ban VSTBCPN tỉnh Kon Tum)"),
                r(),
                r("Chỉ tiêu", "ĐVT", "Kết quả thực hiện năm 2016", "Kế hoạch năm 2017", "Mục tiêu đến năm 2020",
                        "Cơ quan chủ trì", "Ghi chú"),
                r("- Chỉ tiêu 1: Tỷ lệ lao động được tạo việc làm mới hàng năm cho mỗi giới.", "%", 44.5, 44.5, 40,
                        "Sở Lao động - Thương binh và Xã hội.", "Duy trì trong năm 2017"),
                r("- Chỉ tiêu 2: Tỷ lệ nữ tham gia lãnh đạo, quản lý doanh nghiệp.", "%", 30.91, 30.91, 25,
                        "Sở Kế hoạch và Đầu tư", "Duy trì trong năm 2017"),
                r("- Chỉ tiêu 3: Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật.",
                        "%", 42, "42,5", 45, "Sở Lao động - Thương binh và Xã hội.",
                        "Phản đầu tăng lên 42,5% trong năm 2017"),
                r("- Chỉ tiêu 4: Tỷ lệ phụ nữ ở vùng nông thôn nghèo, vùng dân tộc thiểu số có nhu cầu được vay vốn"
                        + " ưu đãi từ các chương trình việc làm, giảm nghèo và các nguồn tín dụng chính thức.", "%",
                        "90%", "92,5", 100, "Hội LHPN tỉnh", "Phản đầu tăng lên 92,5% trong năm 2017"),
                r("3. Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ, từng bước bao đảm sự tham gia bình đẳng"
                        + " giữa nam và nữ trong lĩnh vực giáo dục và đào tạo."),
                r("3.1. Chỉ tiêu 1: Tỷ lệ biết chữ của nam và nữ trong độ tuổi từ 15 đến 40 ở vùng sâu, vùng xa,"
                        + " vùng dân tộc thiểu số, vùng đặc biệt khó khăn đạt 95% .", "%", "94,5", "94,5 - 95", 95,
                        "Sở Giáo dục và Đào tạo", "Duy trì, phản đầu tăng lên 95% trong năm 2017"),
                r("3.2. Chỉ tiêu 2: Phản đầu đạt tỷ lệ nữ thạc sĩ và tương đương đạt 30%; nữ tiến sĩ và tương đương"
                        + " đạt 20% vào năm 2020.", "%", 26, "27*", 30, "Sở Nội vụ",
                        "(*) Bao gồm Tỷ lệ nữ đã và đang học thạc sĩ."),
                r("- Tỷ lệ nữ tiến sĩ và tương đương", "%", "0,05", "0,05*", 20, "Sở Nội vụ", "(*) 05/9.995 nữ/toàn tỉnh"),
                r("4. Mục tiêu 4: Mục tiêu đảm bảo bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc"
                        + " sức khỏe"),
                r("- Chỉ tiêu 1: Tỷ số giới khi sinh giữa trẻ sơ sinh trai và trẻ sơ sinh gái", "Tỷ số", "108/102",
                        "112/100", "115/100", "Sở Y tế"),
                r("- Chỉ tiêu 2: Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản so với trẻ đẻ sống", "Tỷ số",
                        "36/100.000", "38,4/100.000", "65/100.000", "Sở Y tế"),
                r("- Chỉ tiêu 3: Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc sức khỏe sinh sản (ít nhất 03"
                        + " lần/thai kỳ)", "%", 84.1, 84.1, 80, "Sở Y tế", "Duy trì trong năm 2017"),
                r("+ Tỷ lệ phụ nữ nhiễm HIV đủ tiêu chuẩn điều trị thuốc kháng virut HIV được điều trị ARV nhằm giảm"
                        + " tỷ lệ lây truyền HIV/AIDS từ mẹ sang con", null, 100, 90, 90, "Sở Y tế"),
                r("- Chỉ tiêu 4: Giảm tỷ lệ phá thai so với trẻ đẻ sống", "Tỷ số", "86/100.000", "< 86/100.000",
                        "25/100.000", "Sở Y tế"),
                r("5. Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực văn hóa và thông tin."),
                r("5.1.Chỉ tiêu 1: Giảm 40% sản phẩm văn hóa, thông tin mang định kiến giới. Tăng thời lượng phát"
                        + " sóng các chương trình, chuyên mục và số lượng các sản phẩm tuyên truyền, giáo dục về bình"
                        + " đẳng giới.", null, "40%", "50%", 40,
                        "Sở Văn hóa – Thể thao và Du lịch; Sở Thông tin và truyền thông."),
                r("5.2.Chỉ tiêu 2: Có 100% đài phát thanh và đài truyền hình cấp tỉnh và cấp Huyện phát sóng chuyên"
                        + " mục, chuyên đề nâng cao nhận thức về bình đẳng giới.", "%", 100, 100, 100,
                        "Sở Thông tin Truyền thông", "Duy trì trong năm 2017"),
                r("6. Mục tiêu 6: Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở"
                        + " giới"),
                r("- Chỉ tiêu 1: Rút ngắn khoảng cách về thời gian tham gia công việc gia đình của nữ so với nam",
                        "Lần", "1,2", "1,3", "1,5", "Sở Văn hóa - Thể thao và Du lịch."),
                r("- Chỉ tiêu 2: Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện, được tư vấn về pháp lý và sức"
                        + " khỏe, được hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia đình", "%", 95,
                        95, 50, "Sở Văn hóa – Thể thao và Du lịch.", "Duy trì trong năm 2017"),
                r("+ Tỷ lệ người gây bạo lực gia đình được phát hiện được tư vấn tại các cơ sở tư vấn về phòng, chống"
                        + " bạo lực gia đình", "%", 85, 85, 85, "Sở Văn hóa – Thể thao và Du lịch.",
                        "Duy trì trong năm 2017"),
                r("- Chỉ tiêu 3: Tỷ lệ nạn nhân bị buôn bán trở về thông qua trao trả, được giải cứu, được phát hiện"
                        + " được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng", "%", "Chưa phát hiện", 100, 100,
                        "Sở Văn hóa – Thể thao và Du lịch."),
                r("7. Mục tiêu 7: Nâng cao năng lực quản lý nhà nước về bình đẳng giới."),
                r("- Chỉ tiêu 1: Tỷ lệ dự thảo văn bản quy phạm pháp luật có nội dung liên quan đến bình đẳng giới"
                        + " hoặc có vấn đề bất bình đẳng giới, phân biệt đối xử về giới được thẩm định lồng ghép vấn"
                        + " đề bình đẳng giới.", "%", 100, 100, 100, "Sở Tư pháp", "Duy trì trong năm 2017"),
                r("- Chỉ tiêu 2: Tỷ lệ thành viên các Ban soạn thảo, Tổ biên tập xây dựng dự thảo văn bản quy phạm"
                        + " pháp luật được xác định có nội dung liên quan đến bình đẳng giới hoặc có vấn đề bất bình"
                        + " đẳng giới, phân biệt đối xử về giới được tập huấn kiến thức về giới, phân tích giới và"
                        + " lồng ghép giới.", "%", "Được thực hiện lồng ghép", "Được thực hiện lồng ghép", 100,
                        "Sở Tư pháp"),
                r("- Chỉ tiêu 3: Đến năm 2020 đề nghị bố trí đủ cán bộ làm công tác bình đẳng giới ở cấp tỉnh và"
                        + " cấp huyện, hình thành đội ngũ cộng tác viên, tình nguyện viên tham gia công tác bình đẳng"
                        + " giới và sự tiến bộ của phụ nữ.", "Người",
                        "Duy trì 02 biên chế Bình đẳng giới cấp tỉnh", "Duy trì 02 biên chế Bình đẳng giới cấp tỉnh",
                        "Bố trí đủ cán bộ", "Sở Nội vụ"),
                r("- Chỉ tiêu 4: Tỷ lệ cán bộ, công chức, viên chức làm công tác bình đẳng giới và sự tiến bộ của phụ"
                        + " nữ ở các cấp, các ngành được tập huấn nghiệp vụ ít nhất một lần.", "%", 100, 100, 100,
                        "Sở Lao động - Thương binh và Xã hội.", "Duy trì trong năm 2017"));
        xlsx(file, "Phu luc", rows, 6, "2017-03-22T08:00:00Z");
    }

    /** Quảng Ninh's report for 2022 against plan 82/KH-UBND: 2021–2030 numbering, sex sub-rows. */
    static void quangNinh2022(Path file, double directors2022, String savedAt) throws IOException {
        List<Object[]> rows = List.of(
                r(null, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"),
                r(null, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
                r(),
                r(null, "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM 2022"),
                r(null, "(Kế hoạch số 82/KH-UBND ngày 08/4/2021 thực hiện Chiến lược quốc gia về bình đẳng giới"
                        + " giai đoạn 2021-2030)"),
                r(),
                r("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2021", "Thực hiện năm 2022", "Mục tiêu năm 2025",
                        "Mục tiêu năm 2030", "Ghi chú"),
                r("1", "Mục tiêu 1: Trong lĩnh vực chính trị"),
                r("1.1", "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                        "%", 52.4, 55.1, 60, "75% trở lên"),
                r("1.2", "Tỷ lệ cơ quan của Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có lãnh đạo"
                        + " quản lý là nữ", "%", 71, 74.5, 80, "90% trở lên"),
                r("2", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động"),
                r("2.1", "Tỷ lệ lao động nữ làm công việc hưởng lương", "%", 46.2, 47.8, 50, 60),
                r("2.2", "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc"
                        + " làm", "%", 33.5, 31.9, "dưới 30%", "dưới 25%"),
                r("2.3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã", "%", 24.1, directors2022, "ít nhất 27%", 30),
                r("4", "Mục tiêu 4: Trong lĩnh vực y tế"),
                r("4.1", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", 112.3, 111.8, 111, 109),
                r("4.2", "Tỷ số tử vong mẹ liên quan đến thai sản", "/100.000 trẻ sinh sống", 27.5, 26,
                        "25/100.000", "dưới 25/100.000"),
                r("5", "Mục tiêu 5: Trong lĩnh vực giáo dục và đào tạo"),
                r("5.2", "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học", "%", 99.3,
                        99.5, "99,6%", "trên 99,6%"),
                r("-", "Nữ", "%", 99.4, 99.6),
                r("-", "Nam", "%", 99.2, 99.4),
                r("5.4", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ", "%", 44.8, 46.1,
                        "từ 50% trở lên"),
                r("6", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông"),
                r("6.1", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", 48, 53.5, 60, 80));
        xlsx(file, "Bao cao 2022", rows, 6, savedAt);
    }

    /**
     * Hà Bắc commune (Hải Phòng, after the 2025 reorganisation), first year of its 2026–2030 plan: a
     * two-row header — the year over three sex columns, merged — and the plan's 2030 targets.
     */
    static void haBac2026(Path file) throws IOException {
        List<Object[]> rows = List.of(
                r("UBND THÀNH PHỐ HẢI PHÒNG"),
                r("UBND XÃ HÀ BẮC"),
                r(),
                r("BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2026"),
                r(),
                r("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", null, null, "Mục tiêu đến năm 2030"),
                r(null, null, null, "Tổng số", "Nữ", "Nam"),
                r("1", "Mục tiêu 1: Trong lĩnh vực chính trị"),
                r("1.1", "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                        "%", 50, null, null, "75%"),
                r("2", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động"),
                r("2.1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", 38.5, null, null, "60%"),
                r("3", "Mục tiêu 3: Trong đời sống gia đình và phòng, chống bạo lực trên cơ sở giới"),
                r("3.2", "Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy"
                        + " cứu trách nhiệm hình sự được tư vấn, tham vấn", "%", 75, null, null, "trên 80%"),
                r("4", "Mục tiêu 4: Trong lĩnh vực y tế"),
                r("4.3", "Tỷ suất sinh ở vị thành niên", "/1.000 phụ nữ", "Không có trẻ vị thành niên sinh con", null,
                        null, "Không có trẻ vị thành niên sinh con"),
                r("5", "Mục tiêu 5: Trong lĩnh vực giáo dục và đào tạo"),
                r("5.2", "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học", "%", 100,
                        100, 100, "khoảng 100%"),
                r("5.2", "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở", "%", 97.6,
                        98.1, 97.2, "99%"),
                r("6", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông"),
                r("6.1", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", 72, null, null,
                        "từ 85% dân số trở lên"),
                r("6.2", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở mỗi quý", "tin, bài/quý", 6,
                        null, null, "ít nhất 05"),
                r("6.3", "Số chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới mỗi tháng",
                        "chuyên mục/tháng", 1, null, null, "ít nhất 1"));
        xlsx(file, "Bao cao", rows, 6, "2026-11-20T16:00:00Z");
    }

    /** Hương Trà town's 2023 report as a semicolon CSV from a spreadsheet's "Save as CSV UTF-8". */
    static void huongTra2023(Path file) throws IOException {
        List<List<String>> rows = List.of(
                List.of("UBND THỊ XÃ HƯƠNG TRÀ", "", "", "", "", ""),
                List.of("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "", "", "", "", ""),
                List.of("BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2023", "", "", "", "", ""),
                List.of("TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Kết quả năm 2022", "Kết quả năm 2023",
                        "Chỉ tiêu đến năm 2025"),
                List.of("a", "Mục tiêu 1: Trong công tác tổ chức cán bộ", "", "", "", ""),
                List.of("", "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                        "%", "45,5", "52,0", "60%"),
                List.of("b", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "", "", "", ""),
                List.of("1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "41,2", "43,8", "50%"),
                List.of("2", "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có"
                        + " việc làm", "%", "34,6", "32,1", "dưới 30%"),
                List.of("c", "Mục tiêu 3: Trong đời sống gia đình và phòng, chống bạo lực trên cơ sở giới", "", "", "",
                        ""),
                List.of("1", "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công"
                        + " của phụ nữ so với nam giới", "lần", "2,3", "2,2", "2 lần"),
                List.of("2", "Số câu lạc bộ gia đình phát triển bền vững", "CLB", "12", "15", "20"),
                List.of("d", "Mục tiêu 4: Trong lĩnh vực y tế", "", "", "", ""),
                List.of("1", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "112", "111,4", "110 bé trai/100 bé gái"),
                List.of("2", "Tỷ số tử vong mẹ liên quan đến thai sản", "/100.000 trẻ sinh sống", "Chưa phát hiện", "0",
                        "dưới 10/100.000"),
                List.of("3", "Tỷ suất sinh ở vị thành niên", "/1.000 phụ nữ", "17,5", "16,2", "thấp hơn 15/1.000 phụ nữ"),
                List.of("đ", "Mục tiêu 5: Trong lĩnh vực giáo dục và đào tạo", "", "", "", ""),
                List.of("4", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ", "%", "38", "41,5", "trên 50%"),
                List.of("e", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", "", "", "", ""),
                List.of("1", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", "45", "51", "60%"));
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            for (List<String> row : rows) {
                w.write(String.join(";", row.stream().map(c -> c.contains(";") ? '"' + c + '"' : c).toList()));
                w.write("\r\n");
            }
        }
    }

    private static Object[] r(Object... cells) {
        return cells;
    }

    /** @param savedAt when the unit saved the workbook (its core properties), which genstat takes as submission time */
    private static void xlsx(Path file, String sheetName, List<Object[]> rows, int headerRow, String savedAt)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            try {
                ((XSSFWorkbook) wb).getProperties().getCoreProperties().setModified(savedAt);
                ((XSSFWorkbook) wb).getProperties().getCoreProperties().setCreated(savedAt);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            Sheet sheet = MoreLayouts.fill(wb, sheetName, rows, headerRow);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int i = 0; i <= headerRow; i++) {
                Row row = sheet.getRow(i);
                if (row != null) {
                    row.forEach(c -> c.setCellStyle(bold));
                }
            }
            sheet.setColumnWidth(0, 70 * 256);
            wb.write(out);
        }
    }
}
