package org.daksetu.network.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.GeoMatch;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/** Reads offices.tsv (docs/NETWORK-DATA.md) into offices, for tools that work on the dataset without a database. */
public final class OfficesTsv {

    private OfficesTsv() {
    }

    public static List<PostOffice> read(InputStream tsv) throws IOException {
        List<PostOffice> offices = new ArrayList<>(160_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        reader.readLine();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            Optional<GeoPoint> location = f[11].isEmpty() ? Optional.empty()
                    : Optional.of(new GeoPoint(Double.parseDouble(f[11]), Double.parseDouble(f[12])));
            offices.add(new PostOffice(Long.parseLong(f[0]), f[1], OfficeTier.valueOf(f[2]), new Pin(Integer.parseInt(f[3])),
                    Long.parseLong(f[4]), f[5], f[6], f[7], f[8], f[9], f[10], location, GeoMatch.valueOf(f[13])));
        }
        return offices;
    }
}
