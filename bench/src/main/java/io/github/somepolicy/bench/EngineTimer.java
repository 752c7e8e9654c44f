package io.github.somepolicy.bench;

import io.github.somepolicy.engine.Fingerprint;
import io.github.somepolicy.engine.ResultCache;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.rule.RunSettings;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.cross.CrossAccountPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A quick, JMH-free timing of the whole engine against the floor in one JVM, for figures in a minute and
 * for runs under a small heap: {@code EngineTimer <accounts> [runs] [threads]}. Prints the median of the
 * timed runs, after as many warm-up runs, of the floor (SnakeYAML parse and compose of the same files,
 * one thread and every processor), of the engine (validation plus all five reports written), of the
 * notice phase alone (every notice rule on every parsed account, one thread) and of the phase across
 * accounts over the index of every account; {@code EngineTimer <accounts> <runs> 0 across} times that
 * phase alone.
 */
public final class EngineTimer {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private EngineTimer() {}

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path root = Corpus.of(accounts);
        Path reports = Files.createTempDirectory("somepolicy-bench");
        List<FileScanner.SourceFile> files = Corpus.files(root);
        ValidationRequest request = new ValidationRequest(root, TODAY, Limits.DEFAULT, "bench", threads);

        if (args.length > 3 && args[3].equals("across")) {
            across(files, runs);
            return;
        }
        long first = System.nanoTime();
        Report report = new Validator().validate(request);
        long firstRun = System.nanoTime() - first;
        List<Long> floor = new ArrayList<>();
        List<Long> parallelFloor = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        List<Long> fingerprint = new ArrayList<>();
        List<Long> notices = new ArrayList<>();
        // The notice phase keeps every account's tree to time the notice rules alone, which a small heap
        // (the engine's own claim is 10,000 accounts in 256 MiB) cannot hold: then it is left out.
        boolean timeNotices = Runtime.getRuntime().maxMemory() >= 1024L * 1024 * 1024;
        NoticePhase noticePhase = timeNotices ? new NoticePhase(root, files) : null;
        int noticeFindings = 0;
        for (int i = 0; i < 2 * runs; i++) {
            long start = System.nanoTime();
            Corpus.floor(files);
            long floorDone = System.nanoTime();
            Corpus.parallelFloor(files);
            long parallelDone = System.nanoTime();
            report = new Validator().validate(request);
            for (ReportFormat format : ReportFormat.values()) {
                ReportFiles.write(reports, format, report, Locale.forLanguageTag("sv"));
            }
            long engineDone = System.nanoTime();
            Fingerprint.of(Map.of("today", "2026-11-23"), root, Optional.empty());
            fingerprint.add(System.nanoTime() - engineDone);
            long noticeStart = System.nanoTime();
            noticeFindings = timeNotices ? noticePhase.run() : 0;
            notices.add(System.nanoTime() - noticeStart);
            if (i >= runs) {
                floor.add(floorDone - start);
                parallelFloor.add(parallelDone - floorDone);
                engine.add(engineDone - parallelDone);
            }
        }
        // With the results of the last run kept: one account changed before each run.
        List<Long> cached = new ArrayList<>();
        ResultCache filled = ResultCache.empty();
        new Validator().validate(request, filled);
        byte[] kept = filled.toBytes();
        Path changed = files.get(files.size() / 2).path();
        String original = Files.readString(changed);
        try {
            for (int i = 0; i < 2 * runs; i++) {
                Files.writeString(changed, original + "# changed " + i + "\n");
                long start = System.nanoTime();
                ResultCache cache = ResultCache.parse(kept).orElseThrow();
                Report again = new Validator().validate(request, cache);
                for (ReportFormat format : ReportFormat.values()) {
                    ReportFiles.write(reports, format, again, Locale.forLanguageTag("sv"));
                }
                kept = cache.toBytes();
                if (i >= runs) {
                    cached.add(System.nanoTime() - start);
                }
            }
        } finally {
            Files.writeString(changed, original);
        }
        across(files, runs);
        System.out.printf(
                Locale.ROOT,
                "accounts=%d files=%d findings=%d threads=%s heap-max=%dMB%n"
                        + "first run (cold JVM) %.0f ms%n"
                        + "floor, 1 thread      median %.0f ms%n"
                        + "floor, all threads   median %.0f ms%n"
                        + "engine + 5 reports   median %.0f ms  (%.2fx the 1-thread floor, %.2fx the all-threads floor)%n"
                        + "up-to-date fingerprint median %.1f ms%n"
                        + "engine + 5 reports, result cache, one account changed median %.0f ms%n"
                        + "notice phase, 1 thread median %.1f ms  (%d notice findings)%n",
                accounts,
                files.size(),
                report.findings().size(),
                threads == 0 ? "all(" + Runtime.getRuntime().availableProcessors() + ")" : threads,
                Runtime.getRuntime().maxMemory() >> 20,
                firstRun / 1e6,
                median(floor) / 1e6,
                median(parallelFloor) / 1e6,
                median(engine) / 1e6,
                (double) median(engine) / median(floor),
                (double) median(engine) / median(parallelFloor),
                median(fingerprint) / 1e6,
                median(cached) / 1e6,
                median(notices.subList(runs, notices.size())) / 1e6,
                noticeFindings);
        if (!timeNotices) {
            System.out.println("(notice phase not timed: the heap is under 1 GiB, and it keeps every account's tree)");
        }
    }

    /** Times the phase across accounts alone, over the index of every account, and the index's heap. */
    private static void across(List<FileScanner.SourceFile> files, int runs) throws java.io.IOException {
        // the phase after the per-file one, over the index the per-file phase leaves
        List<AccountEntry> index = Corpus.index(files, Limits.DEFAULT);
        List<CrossAccountPhase.RuleInForce> acrossRules = Corpus.acrossAccountRules();
        List<Long> across = new ArrayList<>();
        int acrossFound = 0;
        for (int i = 0; i < 10 * runs; i++) {
            long start = System.nanoTime();
            acrossFound = CrossAccountPhase.run(acrossRules, index, Optional.empty(), TODAY, RunSettings.DEFAULT)
                    .size();
            if (i >= 5 * runs) {
                across.add(System.nanoTime() - start);
            }
        }
        long withIndex = usedHeap();
        int entries = index.size();
        index = null;
        long withoutIndex = usedHeap();
        System.out.printf(
                Locale.ROOT,
                "across accounts      median %.1f ms, fastest %.1f ms  (%d index entries, %d violations, index about %.1f MB of heap)%n",
                median(across) / 1e6,
                Collections.min(across) / 1e6,
                entries,
                acrossFound,
                (withIndex - withoutIndex) / 1048576.0);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
