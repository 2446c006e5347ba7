package kz.kepil.catalog.infrastructure;

import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoScalerTest {

    static byte[] image(int w, int h, String format, int type) throws IOException {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int x = 0; x < w; x += 7) {
            for (int y = 0; y < h; y += 5) {
                img.setRGB(x, y, 0xFF336699);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void aLargePhotoIsScaledToBothSizesKeepingItsShape() throws IOException {
        PhotoScaler.Scaled s = PhotoScaler.scale(image(2400, 1600, "jpg", BufferedImage.TYPE_INT_RGB));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(s.large()));
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(s.thumbnail()));
        assertThat(s.contentType()).isEqualTo("image/jpeg");
        assertThat(large.getWidth()).isEqualTo(1200);
        assertThat(large.getHeight()).isEqualTo(800);
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isBetween(213, 214);
        assertThat(s.width()).isEqualTo(1200);
    }

    @Test
    void aSmallPhotoIsNeverEnlarged() throws IOException {
        PhotoScaler.Scaled s = PhotoScaler.scale(image(200, 100, "png", BufferedImage.TYPE_INT_RGB));
        assertThat(ImageIO.read(new ByteArrayInputStream(s.large())).getWidth()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(s.thumbnail())).getWidth()).isEqualTo(200);
        assertThat(s.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aTransparentPngStaysPng() throws IOException {
        assertThat(PhotoScaler.scale(image(400, 400, "png", BufferedImage.TYPE_INT_ARGB)).contentType()).isEqualTo("image/png");
    }

    @Test
    void somethingThatIsNotAJpegOrPngIsRefused() {
        assertThatThrownBy(() -> PhotoScaler.scale("%PDF-1.7 not an image".getBytes()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("PHOTO_TYPE");
        byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0};
        assertThatThrownBy(() -> PhotoScaler.scale(truncated)).isInstanceOf(DomainException.class);
    }
}
