package kz.kepil.registry.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A document a supplier filed: PDF, JPEG or PNG, recognised by its content, not by what the client
 * claims, and no larger than the configured limit. Kept as filed, with its digest.
 */
@Entity
@Table(name = "supplier_document")
@NamedQuery(name = "SupplierDocument.ofSupplier",
        query = "SELECT d FROM SupplierDocument d WHERE d.supplierId = :supplier ORDER BY d.id")
public class SupplierDocument {

    /** The file formats accepted, by their leading bytes. */
    public enum Format {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        static Format of(byte[] content) {
            if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
                return PDF;
            }
            if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            throw DomainException.invalid("DOCUMENT_TYPE_NOT_ALLOWED", "Documents are filed as PDF, JPEG or PNG");
        }

        private static boolean startsWith(byte[] content, int... prefix) {
            if (content.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((content[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private DocumentType type;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 10)
    private Format format;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, length = 200)
    private String filedBy;

    protected SupplierDocument() {
    }

    public SupplierDocument(long supplierId, DocumentType type, String fileName, byte[] content, long maxBytes,
                            Instant filedAt, String filedBy) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("VALIDATION_FAILED", "The document is empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid("DOCUMENT_TOO_LARGE", "A document may be at most " + maxBytes / (1024 * 1024) + " MB");
        }
        this.format = Format.of(content);
        this.supplierId = supplierId;
        this.type = Objects.requireNonNull(type);
        this.fileName = safeName(fileName, format);
        this.size = content.length;
        this.sha256 = Sha256.hex(content);
        this.content = Arrays.copyOf(content, content.length);
        this.filedAt = Objects.requireNonNull(filedAt);
        this.filedBy = Objects.requireNonNull(filedBy);
    }

    /** A plain file name for the download: no path, no control characters. */
    static String safeName(String name, Format format) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "document." + format.name().toLowerCase();
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public Long id() {
        return id;
    }

    public long supplierId() {
        return supplierId;
    }

    public DocumentType type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return Arrays.copyOf(content, content.length);
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String filedBy() {
        return filedBy;
    }
}
