#!/usr/bin/env python3
"""Score a JSONL corpus with Slant on Apache Spark; merge the partial reports into one.

    spark-submit Examples/spark/slant_spark.py [--slant PATH] INPUT [INPUT ...] OUTDIR
    python Examples/spark/slant_spark.py [--slant PATH] INPUT [INPUT ...] OUTDIR   (PySpark installed)

INPUT is anything Spark's text reader takes (a local path, hdfs://, s3a://, a glob, .gz parts):
JSON Lines, one document per line, with the fields `slant score` reads (id, outlet, text, ...).
Each partition is piped through `slant score - --report - -o RECORDS`: the records come back to
Spark, the partition's report is one JSON line on the tool's standard output. Then:

    OUTDIR/records/    the records as JSON Lines (part-NNNNN files, input order within a part)
    OUTDIR/parquet/    the same records as Parquet, schema inferred from the records
    OUTDIR/report.json the partial reports merged by `slant report merge`: byte for byte the report
                       of `slant score INPUT --report report.json` on one machine, which
                       `slant compare OUTDIR/report.json` reads
    OUTDIR/rejected/   rejected records: partition, source, record number in the partition, reason

Reports merge exactly whatever the partitioning: every figure in them is a count or a fixed-point
sum, and each document's bootstrap weights depend only on the seed, its outlet and its id.

The master is the configured one (spark-submit --master, spark-defaults.conf, --master here),
else local[*]. Spark that cannot start, a slant that fails on a partition, or a failed merge
stop the job with a message and exit status 1.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

# Kinds of the (kind, payload) pairs each scored partition yields.
RECORD, REPORT, SUMMARY, REJECTION = 0, 1, 2, 3


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Score JSON Lines with slant on Spark: records to OUTDIR/records/ and OUTDIR/parquet/, "
                    "the merged report to OUTDIR/report.json.")
    parser.add_argument("paths", nargs="+", metavar="INPUT ... OUTDIR",
                        help="one or more inputs Spark can read as text (JSON Lines), then the output directory")
    parser.add_argument("--slant", default=None,
                        help="the slant executable on every executor (the driver runs none) "
                             "(default: $SLANT, else slant on PATH, else this checkout's .build/release/slant)")
    parser.add_argument("--lexicons", default=None,
                        help="the Lexicons directory on the executors (default: $SLANT_LEXICONS, else found by slant)")
    parser.add_argument("--master", default=None,
                        help="the Spark master (default: the configured one, else local[*])")
    parser.add_argument("--partitions", type=int, default=None,
                        help="the least number of input partitions (default: Spark's default parallelism)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="threads per slant process (default: spark.task.cpus, usually 1)")
    parser.add_argument("--score-args", default="",
                        help="more `slant score` options, one shell-quoted string, e.g. \"--seed 7 --replicates 200\"")
    parser.add_argument("--no-parquet", action="store_true", help="skip OUTDIR/parquet/")
    parsed = parser.parse_args(argv)
    if len(parsed.paths) < 2:
        parser.error("give at least one INPUT and then OUTDIR")
    parsed.inputs, parsed.outdir = parsed.paths[:-1], parsed.paths[-1]
    if parsed.partitions is not None and parsed.partitions < 1:
        parser.error("--partitions must be at least 1")
    if parsed.jobs is not None and parsed.jobs < 1:
        parser.error("--jobs must be at least 1")
    return parsed


def locate_slant(given):
    """The slant executable the executors run: --slant (as given when this machine does not have it,
    for a path that only the executors have, such as one unpacked from --archives), $SLANT, slant
    on PATH, or this checkout's release build."""
    if given:
        return os.path.abspath(given) if os.path.exists(given) else given
    checkout = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "release", "slant")
    for candidate in (os.environ.get("SLANT"), shutil.which("slant"), checkout):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    sys.exit("slant_spark: cannot find slant; build it (swift build -c release) and pass --slant PATH")


def start_spark(master):
    """A SparkSession on the configured master, else `master`, else local[*]; exits with a clear message on failure."""
    try:
        from pyspark import SparkConf, SparkContext
        from pyspark.sql import SparkSession
    except ImportError as error:
        sys.exit(f"slant_spark: PySpark is not installed ({error}); pip install pyspark, or run with spark-submit")
    try:
        # Connects to the JVM that spark-submit started (or starts one), so that the configured
        # master is visible in the conf before anything is set.
        SparkContext._ensure_initialized()
        conf = SparkConf()
        if master:
            conf.setMaster(master)
        elif not conf.contains("spark.master"):
            conf.setMaster("local[*]")
        conf.setIfMissing("spark.app.name", "slant")
        conf.set("spark.ui.showConsoleProgress", "false")
        return SparkSession.builder.config(conf=conf).getOrCreate()
    except Exception as error:  # Spark reports a missing or wrong Java in many forms.
        java = shutil.which("java") or "no java on PATH"
        sys.exit(f"slant_spark: Spark could not start (Java: {java}; JAVA_HOME={os.environ.get('JAVA_HOME', 'unset')}): {error}")


def score_partition(command):
    """The function that scores one partition: feeds its lines to `command` and yields tagged results."""

    def score(index, lines):
        directory = tempfile.mkdtemp(prefix=f"slant-part-{index}-")
        try:
            input_path = os.path.join(directory, "input.jsonl")
            with open(input_path, "wb") as stream:
                for line in lines:
                    stream.write(line)
                    stream.write(b"\n")
            records_path = os.path.join(directory, "records.jsonl")
            rejects_path = os.path.join(directory, "rejected.tsv")
            full = command + ["-o", records_path, "--rejects", rejects_path]
            with open(input_path, "rb") as stream:
                finished = subprocess.run(full, stdin=stream, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            # slant's last line on standard error: "N read, N scored, N rejected".
            last = (finished.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            summary = re.fullmatch(r"(\d+) read, (\d+) scored, (\d+) rejected", last)
            # A partition can hold no document, or only rejected ones: slant then exits with 66
            # (nothing read) or 65 (all rejected) after writing its (empty) report, which merges as zero.
            nothing_scored = finished.returncode in (65, 66) and summary and summary.group(2) == "0"
            if (finished.returncode != 0 and not nothing_scored) or not summary:
                raise RuntimeError(f"slant failed on partition {index} with exit status {finished.returncode}: "
                                   f"{' '.join(map(shlex.quote, full))}\n{finished.stderr.decode('utf-8', 'replace')}")
            with open(records_path, "rb") as stream:
                for record in stream:
                    yield (RECORD, record.rstrip(b"\n"))
            with open(rejects_path, "rb") as stream:
                next(stream, None)  # the header line
                for rejection in stream:
                    yield (REJECTION, b"%d\t" % index + rejection.rstrip(b"\n"))
            yield (REPORT, finished.stdout.rstrip(b"\n"))
            yield (SUMMARY, [int(count) for count in summary.groups()])
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    return score


def merge_reports(slant):
    """The function that merges a partition of (partial) reports into one with `slant report merge -`
    and adds up their [read, scored, rejected] counts."""

    def merge(pairs):
        reports, totals = [], [0, 0, 0]
        for kind, payload in pairs:
            if kind == REPORT:
                reports.append(payload + b"\n")
            else:
                totals = [total + count for total, count in zip(totals, payload)]
        yield (SUMMARY, totals)
        if len(reports) <= 1:
            # One report merged is itself, byte for byte; reading and writing it again only costs time.
            yield from ((REPORT, report.rstrip(b"\n")) for report in reports)
            return
        finished = subprocess.run([slant, "report", "merge", "-"], input=b"".join(reports), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if finished.returncode != 0:
            raise RuntimeError(f"slant report merge failed: {finished.stderr.decode('utf-8', 'replace')}")
        yield (REPORT, finished.stdout.rstrip(b"\n"))

    return merge


def hadoop_path(spark, path):
    """`path` as a Hadoop Path with its file system (local, HDFS, S3 ...)."""
    jvm = spark.sparkContext._jvm
    located = jvm.org.apache.hadoop.fs.Path(path)
    return located, located.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def write_file(spark, path, data):
    """Writes `data` to `path` on any Hadoop file system (local, HDFS, S3), replacing it."""
    located, file_system = hadoop_path(spark, path)
    stream = file_system.create(located, True)
    try:
        stream.write(bytearray(data))
    finally:
        stream.close()


def main(argv):
    arguments = parse_arguments(argv)
    slant = locate_slant(arguments.slant)
    started = time.monotonic()
    spark = start_spark(arguments.master)
    phases = [("Spark start", time.monotonic() - started)]

    def phase(name, since):
        phases.append((name, time.monotonic() - since))
        return time.monotonic()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    jobs = arguments.jobs or int(context.getConf().get("spark.task.cpus", "1"))
    command = [slant, "score", "-", "--jobs", str(jobs), "--report", "-"] + shlex.split(arguments.score_args)
    if arguments.lexicons:
        command += ["--lexicons", arguments.lexicons]
    from pyspark import StorageLevel

    # Bytes, not strings: slant reads ill-formed UTF-8 itself and reports where it is.
    lines = context.textFile(",".join(arguments.inputs), minPartitions=arguments.partitions, use_unicode=False)
    scored = lines.mapPartitionsWithIndex(score_partition(command)).persist(StorageLevel.MEMORY_AND_DISK)
    outdir = arguments.outdir.rstrip("/")
    for name in ("records", "rejected", "parquet", "report.json"):
        located, file_system = hadoop_path(spark, f"{outdir}/{name}")
        if file_system.exists(located):
            spark.stop()
            sys.exit(f"slant_spark: {outdir}/{name} already exists; remove it or give another OUTDIR")

    try:
        since = time.monotonic()
        records = scored.filter(lambda pair: pair[0] == RECORD).map(lambda pair: pair[1])
        records.saveAsTextFile(outdir + "/records")
        since = phase("score and write records", since)
        rejections = scored.filter(lambda pair: pair[0] == REJECTION).map(lambda pair: pair[1])
        rejections.saveAsTextFile(outdir + "/rejected")
        if not arguments.no_parquet:
            texts = records.map(lambda record: record.decode("utf-8", "replace"))
            spark.read.json(texts).write.mode("overwrite").parquet(outdir + "/parquet")
        since = phase("rejections and Parquet", since)

        # A two-level merge on the executors: about √n groups of partial reports merged in parallel
        # (from four partitions on), then the group reports in one task, so that no process holds
        # all n partial reports and the driver needs no slant. `slant report merge -` prints the report and a newline; without the
        # newline it is the file that `slant score --report FILE` writes.
        partials = scored.filter(lambda pair: pair[0] in (REPORT, SUMMARY))
        groups = int(partials.getNumPartitions() ** 0.5)
        merge = merge_reports(slant)
        if groups > 1:
            partials = partials.coalesce(groups).mapPartitions(merge).repartition(1)
        merged = dict(partials.coalesce(1).mapPartitions(merge).collect())
        totals = merged[SUMMARY]
        if REPORT not in merged:
            raise RuntimeError("no partition produced a report")
        write_file(spark, outdir + "/report.json", merged[REPORT])
        phase("merge reports", since)
    except Exception as error:  # a failed task arrives wrapped in Py4J's Java exception
        cause = re.findall(r"RuntimeError: (.*)", str(error))
        spark.stop()
        sys.exit(f"slant_spark: the job failed: {cause[-1] if cause else error}")

    partitions = scored.getNumPartitions()
    scored.unpersist()
    spark.stop()
    print(f"{totals[0]} read, {totals[1]} scored, {totals[2]} rejected; {partitions} partitions, "
          f"{time.monotonic() - started:.1f} s; report {outdir}/report.json", file=sys.stderr)
    print("  " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in phases), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
