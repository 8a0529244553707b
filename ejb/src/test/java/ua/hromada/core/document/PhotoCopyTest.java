package ua.hromada.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.hromada.core.InvalidInputException;

class PhotoCopyTest {
    private static final int RED = 0xFF0000;

    @TempDir
    Path dir;

    @Test
    void theKindIsTheContentsNotTheName() {
        assertEquals(DocumentKind.PDF, DocumentKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DocumentKind.PHOTO, DocumentKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(DocumentKind.PHOTO, DocumentKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertNull(DocumentKind.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertNull(DocumentKind.of(new byte[0]));
        assertEquals("document.not-pdf", DocumentKind.refusalKey(Set.of(DocumentKind.PDF)));
        assertEquals("document.not-photo", DocumentKind.refusalKey(Set.of(DocumentKind.PHOTO)));
        assertEquals("document.not-pdf-or-photo", DocumentKind.refusalKey(EnumSet.allOf(DocumentKind.class)));
        assertEquals(DocumentKind.PHOTO, DocumentKind.stored("image/jpeg"));
    }

    @Test
    void theOrientationIsReadFromEitherByteOrder() {
        assertEquals(6, PhotoCopy.exifOrientation(exif(ByteOrder.BIG_ENDIAN, 6)));
        assertEquals(8, PhotoCopy.exifOrientation(exif(ByteOrder.LITTLE_ENDIAN, 8)));
        assertEquals(0, PhotoCopy.exifOrientation(exif(ByteOrder.BIG_ENDIAN, 9)), "no such orientation");
        assertEquals(0, PhotoCopy.exifOrientation("Exif\0\0MM\0*\u007f\u007f\u007f\u007f".getBytes(StandardCharsets.ISO_8859_1)),
                "a broken block reads as none");
        assertEquals(0, PhotoCopy.exifOrientation("http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.US_ASCII)), "XMP, not EXIF");
    }

    @Test
    void aPhotoIsTurnedUprightAndItsLongSideBounded() {
        BufferedImage sideways = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        sideways.setRGB(0, 0, RED);
        BufferedImage upright = PhotoCopy.upright(sideways, 6);
        assertEquals(2, upright.getWidth());
        assertEquals(4, upright.getHeight());
        assertEquals(RED, upright.getRGB(1, 0) & 0xFFFFFF, "turned a quarter clockwise: the top left corner goes top right");
        BufferedImage wide = PhotoCopy.upright(new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB), 1);
        assertEquals(PhotoCopy.LONG_SIDE, wide.getWidth());
        assertEquals(1000, wide.getHeight());
        BufferedImage transparent = PhotoCopy.upright(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), 1);
        assertEquals(0xFFFFFF, transparent.getRGB(5, 5) & 0xFFFFFF, "a PNG's transparency on white");
    }

    @Test
    void whatDoesNotDecodeOrClaimsTooManyPixelsIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("photo.jpg"), "not a photo at all");
        assertEquals("document.photo.unreadable", assertThrows(InvalidInputException.class,
                () -> PhotoCopy.write(text, dir.resolve("out.jpg"))).messageKey());
        Path huge = dir.resolve("huge.png");
        ImageIO.write(new BufferedImage(8000, 5001, BufferedImage.TYPE_BYTE_BINARY), "png", huge.toFile());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PhotoCopy.write(huge, dir.resolve("out.jpg")));
        assertEquals("document.photo.too-many-pixels", refused.messageKey());
        assertEquals(40L, refused.arguments().get(0));
    }

    @Test
    void aPngBecomesAJpeg() throws IOException {
        Path png = dir.resolve("in.png");
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        Path out = dir.resolve("out.jpg");
        PhotoCopy.write(png, out);
        assertEquals(DocumentKind.PHOTO, DocumentKind.of(Files.readAllBytes(out)));
        assertEquals(30, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void aPhonesJpegComesOutUprightWithoutItsExif() throws IOException {
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = exif(ByteOrder.BIG_ENDIAN, 6);
        java.io.ByteArrayOutputStream phone = new java.io.ByteArrayOutputStream();
        phone.write(plain, 0, 2);
        phone.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        phone.write(exif); // before the JFIF marker, which ImageIO's metadata reader refuses
        phone.write(plain, 2, plain.length - 2);
        Path upload = Files.write(dir.resolve("IMG_0001.jpg"), phone.toByteArray());
        assertEquals(6, PhotoCopy.orientation(upload));
        Path out = dir.resolve("out.jpg");
        PhotoCopy.write(upload, out);
        BufferedImage kept = ImageIO.read(out.toFile());
        assertEquals(200, kept.getWidth());
        assertEquals(400, kept.getHeight());
        assertEquals(-1, new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1).indexOf("Exif"));
    }

    /** An APP1 block's content: "Exif", then a TIFF header and IFD0 with one orientation entry. */
    private static byte[] exif(ByteOrder order, int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(order);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I').put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
        b.putShort((short) 42).putInt(8).putShort((short) 1);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }
}
