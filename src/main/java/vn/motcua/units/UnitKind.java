package vn.motcua.units;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Loại đơn vị hành chính, written in the API and on pages as its Vietnamese name. */
public enum UnitKind {
    TINH("tỉnh", EnumSet.of(UnitLevel.PROVINCE)),
    THANH_PHO("thành phố", EnumSet.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT)),
    HUYEN("huyện", EnumSet.of(UnitLevel.DISTRICT)),
    THI_XA("thị xã", EnumSet.of(UnitLevel.DISTRICT)),
    QUAN("quận", EnumSet.of(UnitLevel.DISTRICT)),
    XA("xã", EnumSet.of(UnitLevel.COMMUNE)),
    PHUONG("phường", EnumSet.of(UnitLevel.COMMUNE)),
    THI_TRAN("thị trấn", EnumSet.of(UnitLevel.COMMUNE)),
    DAC_KHU("đặc khu", EnumSet.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT));

    private final String label;
    private final Set<UnitLevel> levels;

    UnitKind(String label, Set<UnitLevel> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    public boolean fits(UnitLevel level) {
        return levels.contains(level);
    }

    /** Accepts the Vietnamese name in any case and Unicode form ("Xã", "thị trấn") or the constant's name. */
    public static Optional<UnitKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
        for (UnitKind kind : values()) {
            if (kind.label.equals(wanted) || kind.name().equalsIgnoreCase(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
