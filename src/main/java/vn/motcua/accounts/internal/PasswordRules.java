package vn.motcua.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What makes a password too easy to guess, beyond its length: being one of the commonest passwords
 * (the list shipped as accounts/common-passwords.txt), or one of them with digits and signs around it
 * ({@code Password123!}); one character repeated or a run of consecutive ones ({@code aaaaaaaa},
 * {@code 12345678}, {@code abcdefgh}); or the account's own username with little else
 * ({@code clerk2024}, {@code adminadmin}).
 */
@Component
public class PasswordRules {

    /** Why a password is refused: the message code of each reason. */
    public enum Weakness {
        COMMON("accounts.password.common"), USERNAME("accounts.password.username");

        private final String messageCode;

        Weakness(String messageCode) {
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    private static final String LIST = "accounts/common-passwords.txt";

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** How many passwords the list holds. */
    public int listed() {
        return common.size();
    }

    /** The reason the password is too easy for the account of this username, or null when it is not. */
    public Weakness weakness(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = stripped(lower);
        if (common.contains(lower) || (core.length() >= 4 && common.contains(core)) || repeated(lower) || run(lower)
                || (core.length() >= 4 && (repeated(core) || run(core)))) {
            return Weakness.COMMON;
        }
        if (username != null && madeOf(lower, username.toLowerCase(Locale.ROOT))) {
            return Weakness.USERNAME;
        }
        return null;
    }

    /** The password without the digits and signs before and after its letters. */
    private static String stripped(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** One character throughout, or one short group repeated (abab, 123123). */
    private static boolean repeated(String text) {
        for (int size = 1; size <= 3 && size < text.length(); size++) {
            if (text.length() % size != 0) {
                continue;
            }
            String group = text.substring(0, size);
            if (group.repeat(text.length() / size).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Consecutive characters going up or down by one: 12345678, abcdefgh, 87654321. */
    private static boolean run(String text) {
        if (text.length() < 4) {
            return false;
        }
        int step = text.charAt(1) - text.charAt(0);
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** The username (or its reverse) written once or more, with fewer than four other letters besides. */
    private static boolean madeOf(String password, String username) {
        if (username.length() < 3) {
            return false;
        }
        String rest = password.replace(username, "").replace(new StringBuilder(username).reverse().toString(), "");
        if (rest.length() == password.length()) {
            return false;
        }
        return rest.chars().filter(Character::isLetter).count() < 4;
    }
}
