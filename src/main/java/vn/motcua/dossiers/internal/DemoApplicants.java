package vn.motcua.dossiers.internal;

import java.util.List;
import java.util.Random;

import vn.motcua.dossiers.Applicant;

/**
 * Người nộp hồ sơ of the demo: fictitious people with common Vietnamese names, a 12-digit citizen ID
 * of Thanh Hóa (038, then the century and sex digit and the year of birth), a mobile number and a
 * village of their commune. Any likeness to a real person is chance.
 */
final class DemoApplicants {

    private static final List<String> FAMILY = List.of("Lê", "Nguyễn", "Lê", "Trịnh", "Nguyễn", "Hoàng", "Phạm", "Đỗ", "Trần",
            "Vũ", "Bùi", "Mai", "Lê", "Cao", "Hà", "Lưu", "Đào", "Nguyễn", "Trịnh", "Phan");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đình", "Xuân", "Hữu", "Đức", "Minh", "Ngọc", "Công", "Quang",
            "Thế", "Văn", "Trọng");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thị", "Kim");
    private static final List<String> MALE = List.of("Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Sơn", "Thắng", "Trung", "Quân",
            "Bình", "Cường", "Hòa", "Lâm", "Phong", "Tùng", "Khoa", "Vinh", "Tiến", "Hiếu", "Đạt", "Thành", "Mạnh", "Toàn");
    private static final List<String> FEMALE = List.of("Lan", "Hoa", "Mai", "Hương", "Hằng", "Nga", "Thảo", "Trang", "Linh",
            "Huyền", "Yến", "Dung", "Hà", "Oanh", "Phương", "Thủy", "Nhung", "Loan", "Hạnh", "Vân", "Liên", "Tâm");
    private static final List<String> MOBILE = List.of("091", "094", "098", "097", "096", "088", "086", "035", "036", "038", "039", "083");

    private DemoApplicants() {
    }

    /** An applicant living in the named commune ("xã Thọ Xuân, tỉnh Thanh Hóa"), born between 1950 and 2007. */
    static Applicant of(String commune, Random random) {
        boolean female = random.nextBoolean();
        int born = 1950 + random.nextInt(58);
        String name = pick(FAMILY, random) + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE, random) + " "
                + pick(female ? FEMALE : MALE, random);
        int centuryAndSex = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
        // Digits padded by hand: String.format for tens of thousands of applicants was half the demo's generation time.
        String id = "038" + centuryAndSex + padded(born % 100, 2) + padded(random.nextInt(1_000_000), 6);
        String phone = pick(MOBILE, random) + padded(random.nextInt(10_000_000), 7);
        return new Applicant(name, id, null, phone, null, "Thôn " + (1 + random.nextInt(14)) + ", " + commune);
    }

    /** The number with leading zeros to the width. */
    static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
