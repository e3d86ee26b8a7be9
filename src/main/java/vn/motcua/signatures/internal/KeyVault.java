package vn.motcua.signatures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bảo vệ khóa: encrypts what must not lie in the database readable — an agency's PKCS#12 keystore and
 * its password — with AES-256-GCM under the installation's master key. The key comes from
 * {@code motcua.signatures.master-key} (every instance behind a load balancer gets the same value); a
 * single installation without it gets a random key written once to {@code signatures-master.key} in
 * its data directory, readable by its owner only. A database copied without the key holds no usable key.
 */
@Component
public class KeyVault {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    KeyVault(SignatureSettings settings, @Value("${motcua.data-dir:./data}") String dataDirectory) {
        this.key = new SecretKeySpec(masterKey(settings.masterKey(), Path.of(dataDirectory)), "AES");
    }

    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalStateException the value was sealed under another master key */
    public byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored keystore cannot be opened with this installation's master key "
                    + "(motcua.signatures.master-key): was it changed, or the data directory's signatures-master.key lost?", e);
        }
    }

    private static byte[] masterKey(String configured, Path dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            byte[] decoded = Base64.getDecoder().decode(configured.strip());
            if (decoded.length != 32) {
                throw new IllegalStateException("motcua.signatures.master-key must be the base64 of 32 bytes, not of " + decoded.length);
            }
            return decoded;
        }
        Path file = dataDirectory.resolve("signatures-master.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(dataDirectory);
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // Created readable by its owner only before a byte of the key is in it, so no moment exists when others could read it.
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps the directory's own protection
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.TRUNCATE_EXISTING);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("The signatures' master key file " + file + " cannot be read or made", e);
        }
    }
}
