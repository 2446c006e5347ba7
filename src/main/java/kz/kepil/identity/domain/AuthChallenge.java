package kz.kepil.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A random nonce a person signs with their authentication key to sign in; good once, for minutes. */
@Entity
@Table(name = "auth_challenge")
public class AuthChallenge {

    @Id
    @Column(name = "nonce", length = 64)
    private String nonce;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AuthChallenge() {
    }

    public AuthChallenge(String nonce, Instant issuedAt, Instant expiresAt) {
        this.nonce = Objects.requireNonNull(nonce);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("challenge already used or expired");
        }
        usedAt = now;
    }

    public String nonce() {
        return nonce;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
