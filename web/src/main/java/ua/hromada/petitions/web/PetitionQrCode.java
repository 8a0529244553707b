package ua.hromada.petitions.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import ua.hromada.core.HromadaException;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionReading;

/**
 * {@code /{community}/petitions/{id}/qr.svg}: the petition's short address as a QR code for posters.
 * SVG, so it prints sharp at any size and needs no image library on the server.
 */
@WebServlet(PetitionQrCode.PATH)
public class PetitionQrCode extends HttpServlet {
    /** Reached only by the request filter's forward from the petition address. */
    static final String PATH = "/community/petitions/qr-svg";

    @Inject
    PetitionReading reading;

    @Inject
    TenantContext tenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Community community = tenant.require();
        Petition petition;
        try {
            petition = reading.view(Long.parseLong(request.getParameter("id")));
        } catch (HromadaException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String address = System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug()
                + "/p/" + petition.id();
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().write(svg(address));
    }

    static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text, e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + text + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
