package ua.hromada.core.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import ua.hromada.core.InvalidInputException;

/**
 * A clean copy of an uploaded photo: the pixels decoded and written again as a new JPEG, so
 * nothing else of the file (EXIF with the camera's GPS position, comments, embedded profiles,
 * anything appended after the image) is ever stored or served. The photo is turned upright by its
 * EXIF orientation first (phones store portraits sideways and say so there), its long side brought
 * down to {@value #LONG_SIDE} px; a file that does not decode, or claims more than
 * {@value #MAX_PIXELS} pixels (read from its header, before any decoding), is refused.
 */
final class PhotoCopy {
    static final long MAX_PIXELS = 40_000_000L;
    static final int LONG_SIDE = 2000;
    private static final float QUALITY = 0.85f;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    /** How much of a JPEG's start is read for its headers: an APP1 block is at most 64 KB. */
    private static final int HEADERS = 256 * 1024;

    private PhotoCopy() {
    }

    /** Writes the clean JPEG of {@code upload} to {@code target}; refuses what is no photo of a sane size. */
    static void write(Path upload, Path target) throws IOException {
        int orientation = orientation(upload);
        BufferedImage clean;
        try (ImageInputStream in = ImageIO.createImageInputStream(upload.toFile())) {
            clean = read(in, orientation);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (FileImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(clean, null, null), param); // no metadata: a bare JFIF header
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage read(ImageInputStream in, int orientation) {
        Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw unreadable();
        }
        ImageReader reader = readers.next();
        try {
            if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                throw unreadable();
            }
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new InvalidInputException("document.photo.too-many-pixels", MAX_PIXELS / 1_000_000);
            }
            // decode every n-th pixel of a huge photo: the decoded one is at most twice the size kept
            int step = Math.max(1, Math.max(width, height) / LONG_SIDE);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return upright(reader.read(0, param), orientation);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw unreadable(); // truncated, corrupt, CMYK or otherwise not a photo ImageIO can decode
        } finally {
            reader.dispose();
        }
    }

    /** The decoded pixels turned by the EXIF orientation (1 to 8), scaled to the long side, on white (a PNG's transparency). */
    static BufferedImage upright(BufferedImage decoded, int orientation) {
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        boolean sideways = orientation >= 5 && orientation <= 8;
        int shownWidth = sideways ? h : w;
        int shownHeight = sideways ? w : h;
        double scale = Math.min(1.0, (double) LONG_SIDE / Math.max(shownWidth, shownHeight));
        int outWidth = Math.max(1, (int) Math.round(shownWidth * scale));
        int outHeight = Math.max(1, (int) Math.round(shownHeight * scale));
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outWidth, outHeight);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            AffineTransform transform = AffineTransform.getScaleInstance((double) outWidth / shownWidth, (double) outHeight / shownHeight);
            transform.concatenate(orient(orientation, w, h));
            g.drawImage(decoded, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Where EXIF orientation {@code o} puts the pixel (x, y) of a w × h image. */
    private static AffineTransform orient(int o, int w, int h) {
        return switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // taken with the phone upright
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /**
     * The EXIF orientation of a JPEG (1, upright, when it has none or it does not read), from its
     * APP1 marker before the image data. Read from the bytes, not through ImageIO's metadata, which
     * refuses files whose JFIF marker does not come first (as many phones' and editors' do not).
     */
    static int orientation(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADERS);
        }
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xFF) != 0xD8) {
            return 1; // a PNG has no EXIF orientation of its own here
        }
        int at = 2;
        while (at + 4 <= head.length && (head[at] & 0xFF) == 0xFF) {
            int marker = head[at + 1] & 0xFF;
            if (marker == 0xFF || marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                at += marker == 0xFF ? 1 : 2; // fill bytes and markers without a length
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // the image data begins: no more headers
            }
            int length = (head[at + 2] & 0xFF) << 8 | head[at + 3] & 0xFF;
            if (marker == APP1 && at + 2 + length <= head.length) {
                int o = exifOrientation(Arrays.copyOfRange(head, at + 4, at + 2 + length));
                if (o > 0) {
                    return o;
                }
            }
            at += 2 + length;
        }
        return 1;
    }

    /** The orientation tag of IFD0 in an APP1 "Exif" block, or 0 for none. */
    static int exifOrientation(byte[] app1) {
        if (app1.length < 14 || app1[0] != 'E' || app1[1] != 'x' || app1[2] != 'i' || app1[3] != 'f' || app1[4] != 0) {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        try {
            int ifd = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(ifd));
            for (int i = 0; i < entries; i++) {
                int at = ifd + 2 + 12 * i;
                if (Short.toUnsignedInt(tiff.getShort(at)) == ORIENTATION_TAG) {
                    int value = Short.toUnsignedInt(tiff.getShort(at + 8));
                    return value >= 1 && value <= 8 ? value : 0;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 0; // a broken EXIF block: the photo as it is
        }
        return 0;
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("document.photo.unreadable");
    }
}
