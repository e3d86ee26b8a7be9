package vn.motcua.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.motcua.dossiers.DossierDocuments;

/** The files of a multipart request (a file input left empty left out), opened as uploads and closed together once used. */
final class Uploads implements AutoCloseable {

    private final List<InputStream> opened = new ArrayList<>();
    private final List<DossierDocuments.Upload> uploads = new ArrayList<>();

    Uploads(List<MultipartFile> files) throws IOException {
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                InputStream content = file.getInputStream();
                opened.add(content);
                uploads.add(new DossierDocuments.Upload(file.getOriginalFilename(), content));
            }
        }
    }

    List<DossierDocuments.Upload> list() {
        return uploads;
    }

    @Override
    public void close() throws IOException {
        for (InputStream content : opened) {
            content.close();
        }
    }
}
