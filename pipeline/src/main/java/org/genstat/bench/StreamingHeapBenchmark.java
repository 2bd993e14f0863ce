package org.genstat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genstat.extract.ExtractStep;
import org.genstat.extract.ReportExtractor;
import org.genstat.discover.Discovery;
import org.genstat.io.AtomicFiles;
import org.genstat.reference.ReferenceData;
import org.genstat.storage.Warehouse;

/**
 * Reads a large unit report (generated at run time, never committed) and a small one with the
 * same layout, through the real discover + extract steps (streaming xlsx → raw Parquet), and
 * compares peak heap. Run by {@code ./genstat bench}, in a JVM capped at -Xmx256m: finishing at
 * all shows the heap is bounded; the ratio of peaks shows it stays flat as the file grows.
 */
public final class StreamingHeapBenchmark {
    private static final String[] LABELS = {
            "Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật",
            "Tỷ lệ nữ tham gia lãnh đạo, quản lý doanh nghiệp",
            "Tỷ số giới tính khi sinh",
            "Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc sức khỏe sinh sản (ít nhất 03 lần/thai kỳ)"};
    private static final int FIRST_YEAR = 1995;
    private static final int YEARS = 30;

    private StreamingHeapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int targetMb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("genstat-bench");
        try {
            Path small = dir.resolve("small/kontum-2024-floor.xlsx");
            long smallRows = 4_000;
            write(small, smallRows);
            double bytesPerRow = Files.size(small) / (double) smallRows;
            Path big = dir.resolve("big/kontum-2024-large.xlsx");
            long bigRows = (long) (targetMb * 1024L * 1024L / bytesPerRow);
            System.out.printf(Locale.ROOT, "generating a %d MB report (%,d rows x %d years) ...%n", targetMb, bigRows, YEARS);
            write(big, bigRows);

            ReferenceData reference = ReferenceData.load(null);
            Result floor = extract(small.getParent(), dir.resolve("wh-small"), reference);
            Result large = extract(big.getParent(), dir.resolve("wh-big"), reference);
            long heapMax = Runtime.getRuntime().maxMemory() >> 20;
            System.out.printf(Locale.ROOT, "%-6s %8s %12s %10s %10s %10s %12s%n", "file", "MB", "values", "seconds",
                    "peak heap", "retained", "values/s");
            print("floor", small, floor);
            print("large", big, large);
            double ratio = large.retainedMb / (double) Math.max(1, floor.retainedMb);
            System.out.printf(Locale.ROOT, "file size ratio %.0fx, retained heap ratio %.2fx, max heap %d MB%n",
                    Files.size(big) / (double) Files.size(small), ratio, heapMax);
            boolean flat = large.peakMb <= heapMax && ratio < 4.0;
            System.out.println(flat ? "heap stays bounded: the large file needs no more than a few times the small one's"
                    : "HEAP GREW WITH THE FILE: the reader is not streaming");
            if (!flat) {
                System.exit(1);
            }
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
    }

    /**
     * @param peakMb   the most heap in use at any moment (garbage included), sampled every 20 ms
     * @param retainedMb the most heap in use just after a collection: what the reader really kept
     */
    private record Result(long values, double seconds, long peakMb, long retainedMb) {
    }

    private static void print(String name, Path file, Result r) throws IOException {
        System.out.printf(Locale.ROOT, "%-6s %8.1f %,12d %10.1f %7d MB %7d MB %,12.0f%n", name,
                Files.size(file) / 1048576.0, r.values, r.seconds, r.peakMb, r.retainedMb, r.values / r.seconds);
    }

    private static Result extract(Path inbox, Path warehouse, ReferenceData reference) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong retained = new java.util.concurrent.atomic.AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                long afterGc = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                retained.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Warehouse w = new Warehouse(warehouse);
        new Discovery(java.time.Clock.systemUTC()).run(inbox, w);
        ExtractStep.Result r = new ExtractStep(new ReportExtractor(reference.units(), new org.genstat.extract.ReadLimits(1L << 40, Long.MAX_VALUE, java.time.Duration.ofDays(1)))).run(inbox, w);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();

        if (r.loaded() != 1) {
            throw new IllegalStateException("the benchmark file was not loaded: " + r);
        }
        return new Result(r.observations(), seconds, peak.get() >> 20, retained.get() >> 20);
    }

    /** A unit report in the plain layout, written by streaming (a window of 100 rows in memory). */
    static void write(Path file, long rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Bao cao");
            sheet.createRow(0).createCell(0).setCellValue("UBND TỈNH KON TUM");
            sheet.createRow(1).createCell(0).setCellValue("BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2024");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Chỉ tiêu");
            header.createCell(2).setCellValue("ĐVT");
            for (int y = 0; y < YEARS; y++) {
                header.createCell(3 + y).setCellValue("Năm " + (FIRST_YEAR + y));
            }
            for (long i = 0; i < rows; i++) {
                Row row = sheet.createRow((int) (4 + i));
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(LABELS[(int) (i % LABELS.length)] + " (mẫu " + i + ")");
                row.createCell(2).setCellValue("%");
                for (int y = 0; y < YEARS; y++) {
                    row.createCell(3 + y).setCellValue((i * 31 + y * 7) % 1000 / 10.0);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
