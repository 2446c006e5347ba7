package kz.kepil.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A photo of a product, kept already scaled: a large image for the product page and a thumbnail for
 * search hits. The digest of the large image names its content, so browsers may cache it for good.
 */
@Entity
@Table(name = "product_photo")
@NamedQuery(name = "ProductPhoto.ofProduct",
        query = "SELECT f.id, f.productId, f.position, f.contentType, f.width, f.height, f.sha256"
                + " FROM ProductPhoto f WHERE f.productId = :product ORDER BY f.position, f.id")
@NamedQuery(name = "ProductPhoto.firstOfProducts",
        query = "SELECT f.productId, MIN(f.id) FROM ProductPhoto f GROUP BY f.productId")
public class ProductPhoto {

    public static final int MAX_PER_PRODUCT = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "large", nullable = false)
    private byte[] large;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "thumbnail", nullable = false)
    private byte[] thumbnail;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProductPhoto() {
    }

    public ProductPhoto(long productId, int position, String contentType, int width, int height, byte[] large,
                        byte[] thumbnail, String sha256, Instant uploadedAt) {
        this.productId = productId;
        this.position = position;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.large = large.clone();
        this.thumbnail = thumbnail.clone();
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    /** A photo without its bytes. */
    public record Info(long id, long productId, int position, String contentType, int width, int height, String sha256) {

        /** From a row of {@code ProductPhoto.ofProduct}. */
        public static Info of(Object[] row) {
            return new Info((Long) row[0], (Long) row[1], (Integer) row[2], (String) row[3], (Integer) row[4],
                    (Integer) row[5], (String) row[6]);
        }
    }

    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] large() {
        return large.clone();
    }

    public byte[] thumbnail() {
        return thumbnail.clone();
    }
}
