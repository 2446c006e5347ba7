package kz.kepil.catalog.infrastructure;

import kz.kepil.shared.error.DomainException;
import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns an uploaded photo (JPEG or PNG, recognised by its content) into the two images the catalog
 * serves: a large one of at most 1200 px a side and a thumbnail of at most 320 px. Images are never
 * enlarged; metadata (camera, location) does not survive re-encoding. The pixel count is checked
 * before decoding, so a small file that unpacks into a huge image is refused cheaply.
 */
public final class PhotoScaler {

    public static final int LARGE = 1200;
    public static final int THUMBNAIL = 320;
    private static final long MAX_PIXELS = 40_000_000L;

    private PhotoScaler() {
    }

    /** The scaled images and their format. */
    public record Scaled(String contentType, int width, int height, byte[] large, byte[] thumbnail) {
    }

    public static Scaled scale(byte[] upload) {
        String format = formatOf(upload);
        BufferedImage image = decode(upload);
        boolean keepPng = format.equals("png") && image.getColorModel().hasAlpha();
        String outFormat = keepPng ? "png" : "jpg";
        byte[] large = encode(image, LARGE, outFormat);
        byte[] thumbnail = encode(image, THUMBNAIL, outFormat);
        double ratio = Math.min(1.0, (double) LARGE / Math.max(image.getWidth(), image.getHeight()));
        return new Scaled(keepPng ? "image/png" : "image/jpeg", (int) Math.round(image.getWidth() * ratio),
                (int) Math.round(image.getHeight() * ratio), large, thumbnail);
    }

    private static String formatOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        throw DomainException.invalid("PHOTO_TYPE", "A photo is a JPEG or PNG image");
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw DomainException.invalid("PHOTO_TYPE", "The photo cannot be read as an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw DomainException.invalid("PHOTO_TOO_LARGE", "A photo has at most 40 megapixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("PHOTO_TYPE", "The photo cannot be read as an image");
        }
    }

    private static byte[] encode(BufferedImage image, int box, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int side = Math.max(image.getWidth(), image.getHeight());
            double scale = Math.min(1.0, (double) box / side);
            Thumbnails.Builder<BufferedImage> b = Thumbnails.of(image).scale(scale).outputFormat(format);
            if (format.equals("jpg")) {
                b.outputQuality(0.85f).imageType(BufferedImage.TYPE_INT_RGB);
            }
            b.toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
