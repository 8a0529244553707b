package ua.hromada.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Photos made in code for tests (no binary files in the repository): plain pictures, and a JPEG carrying an EXIF block. */
public final class TestPhotos {
    /** What the EXIF block of {@link #jpegWithExif} carries in its description, to look for in what is served. */
    public static final String EXIF_SECRET = "GPS 50.4501N 30.5234E";

    private TestPhotos() {
    }

    /** A {@code width} × {@code height} JPEG: a sky over green grass, so it compresses as a photo does. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG of the same picture. */
    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A one-bit PNG of {@code width} × {@code height}: small on disk however many pixels it claims. */
    public static byte[] hugePng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    /**
     * A JPEG of {@code width} × {@code height} with an APP1 EXIF block right after its start: an
     * image description of {@link #EXIF_SECRET} and orientation 6 (taken with the phone upright,
     * stored sideways), as phones write them.
     */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] description = (EXIF_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF, big-endian: header, IFD0 with two entries (ImageDescription, Orientation), no next IFD, then the text
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + description.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putInt(0).put(description);
        byte[] exif = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + 6 + exif.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Whether {@code bytes} hold {@code text} anywhere (a marker, a string of a metadata block). */
    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x87, 0xCE, 0xEB));
        g.fillRect(0, 0, width, height / 2);
        g.setColor(new Color(0x3A, 0x9D, 0x23));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
