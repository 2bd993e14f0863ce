package org.genstat.extract.layout;

import java.util.regex.Pattern;
import org.genstat.text.VietText;

/**
 * The block that closes an official report below its table: the recipients ("Nơi nhận:"), the
 * signer's capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title ("CHỦ TỊCH",
 * "GIÁM ĐỐC", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ") and "(Ký, ghi rõ họ tên)". A row with one of
 * these ends the table above it: what follows are names and seals, not values.
 */
public final class ClosingBlock {
    private static final Pattern CLOSING = Pattern.compile(
            "^(noi nhan\\b|tm\\.? ?(uy ban|ubnd|ban|so|phong)|kt\\.? ?(chu tich|giam doc|truong)"
                    + "|(pho )?chu tich( ubnd)?$|(pho )?giam doc$|nguoi lap (bieu|bao cao)\\b|thu truong( co quan| don vi)?\\b"
                    + "|\\(ky,? ghi ro ho ten|\\(ky ten, dong dau)");

    private ClosingBlock() {
    }

    /** Whether a cell's text opens the closing block. */
    public static boolean opens(String text) {
        return text != null && CLOSING.matcher(VietText.fold(text).strip()).find();
    }
}
