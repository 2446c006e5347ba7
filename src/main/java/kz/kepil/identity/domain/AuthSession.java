package kz.kepil.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session for the API. Only the SHA-256 of the bearer token is stored, so a copy of the
 * table does not let anyone act as the user.
 */
@Entity
@Table(name = "auth_session")
public class AuthSession {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AuthSession() {
    }

    public AuthSession(String tokenHash, long userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.userId = userId;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
