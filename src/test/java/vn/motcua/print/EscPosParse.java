package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Reads back the raster images of an ESC/POS stream (GS v 0 bands), one image per cut. Test helper. */
final class EscPosParse {
    private EscPosParse() {
    }

    static List<BufferedImage> rasterPages(byte[] b) {
        List<BufferedImage> pages = new ArrayList<>();
        List<int[][]> bands = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < b.length - 1; i++) {
            if (b[i] == 0x1D && b[i + 1] == 0x76 && b[i + 2] == 0x30) {
                int xBytes = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                int h = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                width = xBytes * 8;
                int[][] band = new int[h][width];
                int p = i + 8;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < width; x++) {
                        int bit = (b[p + y * xBytes + x / 8] >> (7 - x % 8)) & 1;
                        band[y][x] = bit == 1 ? 0xFF000000 : 0xFFFFFFFF;
                    }
                }
                bands.add(band);
                i = p + xBytes * h - 1;
            } else if (b[i] == 0x1D && b[i + 1] == 0x56) { // GS V: cut
                pages.add(join(bands, width));
                bands = new ArrayList<>();
                i += 2;
            }
        }
        return pages;
    }

    private static BufferedImage join(List<int[][]> bands, int width) {
        int h = bands.stream().mapToInt(x -> x.length).sum();
        BufferedImage img = new BufferedImage(width, h, BufferedImage.TYPE_INT_RGB);
        int y0 = 0;
        for (int[][] band : bands) {
            for (int y = 0; y < band.length; y++) {
                img.setRGB(0, y0 + y, width, 1, band[y], 0, width);
            }
            y0 += band.length;
        }
        return img;
    }
}
