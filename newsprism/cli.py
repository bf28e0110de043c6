"""The ``newsprism`` command. It mirrors the Python API (``newsprism.pipeline``).

Exit codes: 0 all inputs analysed; 2 bad input or usage (one readable line per problem on
stderr, never a traceback; in a batch the bad items are skipped and the rest analysed);
1 an internal error (an article whose analysis failed is reported and skipped, the rest written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    pass


def _date(value: str) -> dt.date:
    from newsprism.ingest.records import YEARS, plausible

    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    if not plausible(date):
        raise argparse.ArgumentTypeError(f"not a plausible publication date (years {YEARS[0]}-{YEARS[1]}): {value!r}")
    return date


def _name(value: str) -> str:
    """An outlet name: surrounding spaces dropped; an empty one is a mistake, not a name."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty (leave the option out to keep the input's outlet)")
    return value.strip()


INPUT_FORMATS = ["auto", "text", "html", "json", "jsonl"]  # = newsprism.ingest.FORMATS (tested)
INPUT_FORMAT_HELP = "how to read the inputs (default auto: by file extension, then by content)"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def _max_chars(value: str) -> int:
    """A positive limit no larger than the parser's: a larger one would only let a file like
    /dev/zero be read until memory runs out, and then fail in the parse anyway."""
    from newsprism.nlp import MAX_LENGTH

    number = _positive(value)
    if number > MAX_LENGTH:
        raise argparse.ArgumentTypeError(f"{value!r} is above the largest supported text, {MAX_LENGTH:,} characters")
    return number


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        _error_line(f"{message} (see --help)")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    from newsprism import __version__
    from newsprism.eval import evaluations
    from newsprism.train import trainers

    p = _Parser(prog="newsprism", description="Split conflict news into what happened, who says so, and how it is told.")
    p.add_argument("--version", action="version", version=f"newsprism {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress and layer failures")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("analyze", help="analyse articles (files, '-' for stdin)")
    a.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML, JSON or JSONL files, or - for stdin")
    _analysis_options(a)
    a.add_argument("--format", default="text", help="text (default), json, jsonl, html, or another listed by 'newsprism formats'")
    a.add_argument(
        "-o",
        "--output",
        help="output file (one input) or folder (several, or a path ending in /); - or default: stdout (./reports for "
        "html when -o is left out)",
    )
    a.add_argument("--input-format", default="auto", choices=INPUT_FORMATS, help=INPUT_FORMAT_HELP)
    a.add_argument("--encoding", help="input encoding (default: UTF-8, else detected)")
    a.add_argument("--published", type=_date, help="publication date YYYY-MM-DD (overrides the input's)")
    a.add_argument("--outlet", type=_name, help="outlet name (overrides the input's)")
    a.add_argument(
        "--full-paths",
        action="store_true",
        help="reports show each input's path as given (default: its file name only, so that a shared report "
        "does not reveal local folders)",
    )
    a.add_argument(
        "--max-chars",
        type=_max_chars,
        help="largest article text accepted (default 1,000,000, at most 6,000,000; env NEWSPRISM_MAX_CHARS)",
    )

    d = sub.add_parser("demo", help="analyse the bundled sample reports and write HTML reports")
    d.add_argument("-o", "--output", default="reports", help="folder for the HTML reports (default ./reports)")
    _analysis_options(d)

    c = sub.add_parser("compare", help="compare how several reports tell the same story")
    c.add_argument("paths", nargs="*", metavar="PATH", help="reports to compare (as for analyze); none = the bundled samples")
    _analysis_options(c)
    c.add_argument("--format", default="text", choices=["text", "json", "html"])
    c.add_argument("-o", "--output", help="output file (default or -: stdout)")
    c.add_argument("--input-format", default="auto", choices=INPUT_FORMATS, help=INPUT_FORMAT_HELP)
    c.add_argument("--full-paths", action="store_true", help="name each report by its path as given (default: its file name)")
    c.add_argument("--encoding", help="input encoding (default: UTF-8, else detected)")
    c.add_argument("--max-chars", type=_max_chars, help="largest article text accepted (as for analyze)")

    sub.add_parser("layers", help="list the layers with their versions")
    sub.add_parser("formats", help="list the output formats")

    e = sub.add_parser("eval", help="measure accuracy against ../shared/data")
    esub = e.add_subparsers(dest="evaluation", metavar="NAME", parser_class=_Parser, required=True)
    for ev in evaluations().values():
        ep = esub.add_parser(ev.name, help=ev.help)
        ev.add_arguments(ep)

    t = sub.add_parser("train", help="train a model from ../shared/data into the package")
    tsub = t.add_subparsers(dest="trainer", metavar="NAME", parser_class=_Parser, required=True)
    for tr in trainers().values():
        tp = tsub.add_parser(tr.name, help=tr.help)
        tr.add_arguments(tp)
    return p


def _analysis_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--layers", help="comma-separated layers to run (dependencies are added); default: all default layers")
    p.add_argument("--model", help="installed spaCy pipeline to use (env NEWSPRISM_MODEL)")


def _layer_names(value: str | None) -> list[str] | None:
    """None (the option left out) = the default layers; a value that names none is refused."""
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise UsageError(f"--layers names no layer: {value!r} ('newsprism layers' lists them)")
    return names


def _report_bad(err) -> None:
    _error_line(f"{err.where}: {err.message}")


def _error_line(message: str) -> None:
    """One line on stderr, whatever file names or input text the message holds."""
    from newsprism.render.printable import one_line

    sys.stderr.write(one_line(f"newsprism: error: {message}") + "\n")


def cmd_analyze(args: argparse.Namespace) -> int:
    from newsprism import ingest, render
    from newsprism.model import Article
    from newsprism.pipeline import Pipeline

    fmt = render.get(args.format)
    _max_chars_from_env(args)
    inputs = _inputs_not_output(args.paths, args.output)
    _one_file_format_needs_a_file(fmt, args.output)
    pipeline = Pipeline(_layer_names(args.layers), args.model)
    bad = 0

    def articles() -> Iterator[Article]:
        nonlocal bad
        items = ingest.read_many(
            args.paths,
            fmt=args.input_format,
            max_chars=args.max_chars,
            encoding=args.encoding,
            published=args.published,
            outlet=args.outlet,
            full_paths=args.full_paths,
        )
        for item in items:
            if isinstance(item, ingest.InputError):
                bad += 1
                _report_bad(item)
            else:
                yield item

    # Read ahead two articles (not analyses) so that one input holding several articles (a
    # JSON list) is written as a batch: a folder, or a JSON list on stdout; none is dropped.
    stream = articles()
    head = list(itertools.islice(stream, 2))
    many = len(args.paths) > 1 or args.input_format in ("json", "jsonl") or _batchy(args.paths) or len(head) > 1
    failed: list[str] = []
    analyses = _with_progress(pipeline, itertools.chain(head, stream), len(args.paths), failed)
    written = _write(fmt, analyses, args.output, many=many, inputs=inputs)
    for path in written:
        print(path)
    return EXIT_INTERNAL if failed else EXIT_BAD_INPUT if bad else EXIT_OK


def _max_chars_from_env(args: argparse.Namespace) -> None:
    """--max-chars, else NEWSPRISM_MAX_CHARS, which is refused when it is not a positive number."""
    from newsprism import ingest

    value = os.environ.get(ingest.MAX_CHARS_ENV)
    if args.max_chars is None and value is not None:
        try:
            args.max_chars = _max_chars(value.strip().replace(",", "").replace("_", ""))
        except argparse.ArgumentTypeError as exc:
            raise UsageError(f"{ingest.MAX_CHARS_ENV}: {exc}") from None


def _batchy(paths: list[str]) -> bool:
    return any(Path(p).suffix.lower() in (".jsonl", ".ndjson") for p in paths)


def _with_progress(pipeline, articles, n_inputs: int, failed: list | None = None):
    """The analyses, with a progress bar for several inputs on a terminal. An article whose
    analysis fails outside the layers (which fail alone) is reported in one line, added to
    ``failed`` and skipped: one article must not end a batch of thousands."""
    analyse = _skipping(pipeline, [] if failed is None else failed)
    if n_inputs < 2 or not sys.stderr.isatty():
        for article in articles:
            if (analysis := analyse(article)) is not None:
                yield analysis
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("analysing", total=n_inputs)
        for article in articles:
            if (analysis := analyse(article)) is not None:
                yield analysis
            progress.advance(task)


def _skipping(pipeline, failed: list):
    from newsprism.nlp import ModelError

    def analyse(article):
        try:
            return pipeline(article)
        except ModelError:  # every article would fail alike: stop with that one line
            raise
        except Exception as exc:
            logging.getLogger(__name__).info("analysis failed", exc_info=True)
            name = f"{article.source_path or '<stdin>'} (article {article.id[:16]})"  # a batch holds many
            _error_line(f"{name}: analysis failed ({type(exc).__name__}: {exc}); skipped (run with -v for details)")
            failed.append(name)
            return None

    return analyse


# What a report's file name keeps of its input's name or id: letters, digits, spaces, '.', '_' and '-'.
_UNSAFE_NAME = re.compile(r"[^\w .-]+")
_NAME_MAX = 200  # bytes: room for '-12.newsprism.parquet' under the usual 255-byte limit (Cyrillic: 2 bytes a letter)


def _safe_name(base: str) -> str:
    """A file name from input text: a record's id ('../../x', '/etc/y') must not lead out of the folder."""
    name = _UNSAFE_NAME.sub("_", base).strip(" ._")
    name = name.encode("utf-8", "surrogateescape")[:_NAME_MAX].decode("utf-8", "ignore").rstrip(" ._")
    return name or "article"


def _slug(analysis, used: set[str]) -> str:
    a = analysis.article
    base = _safe_name(Path(a.source_path).stem if a.source_path else a.id[:12])
    name, i = base, 2
    while name in used:
        name, i = f"{base}-{i}", i + 1
    used.add(name)
    return name


def _resolved(path: str | Path) -> Path:
    """The absolute path with links followed; a symbolic link loop (which ingest reports) as it is."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):  # Python < 3.13 raises RuntimeError for a loop
        return Path(path).absolute()


def _inputs_not_output(paths: list[str], output: str | None) -> set[Path]:
    """The input files, resolved; refuses an -o that names one of them (it would be overwritten)
    or that cannot be written, before any article is analysed (a long batch is not lost at the end)."""
    inputs = {_resolved(p) for p in paths if p != "-"}
    if output and output != "-" and (_resolved(output) in inputs or _file_id(output) in _file_ids(inputs)):
        raise UsageError(f"-o {output} is one of the inputs: it would be overwritten")
    if output and output != "-":
        _check_writable(output)
    return inputs


def _one_file_format_needs_a_file(fmt, output: str | None) -> None:
    """A format that writes every article into one file (JSONL, CSV, Parquet, SQLite) refuses a
    folder for -o before anything runs (it failed after the analysis, or wrote a file named like
    the folder)."""
    if not output or output == "-" or (fmt.stream is None and fmt.table is None):
        return
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        name = Path(output) / f"analyses{fmt.extension}"
        raise UsageError(f"-o {output}: --format {fmt.name} writes one file for every article; give a file name (-o {name})")


def _check_writable(output: str) -> None:
    """The nearest existing part of ``output`` must be a folder we may write in (missing folders
    below it are made when writing), or the file itself when it exists."""
    target = Path(output).absolute()
    existing = target
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing != target and not existing.is_dir():
        raise UsageError(f"-o {output}: {existing} is a file, not a folder")
    if not os.access(existing, os.W_OK):
        raise UsageError(f"-o {output}: {existing} is not writable")


def _parent_made(output: str) -> str:
    """``output``, once the folders above it exist (``-o new/dir/report.json`` writes there)."""
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    return output


def _file_id(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of an existing file: a hard link to an input has another name, the same file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def _file_ids(paths: set[Path]) -> set[tuple[int, int]]:
    return {i for i in map(_file_id, paths) if i is not None}


def _console():
    """A rich console for stdout: article text is not rich markup, and a closed pipe
    (``newsprism analyze … | head``) ends quietly with exit 0, as for the other formats."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            try:
                super().on_broken_pipe()  # sends further output to /dev/null, then exits 1
            except SystemExit:
                raise BrokenPipeError from None

    return _Console(markup=False, emoji=False)


def _write(fmt, analyses, output: str | None, many: bool, inputs: set[Path] = frozenset()) -> list[str]:
    """Write analyses in a format; returns the paths written (empty when printed to stdout).

    A file that holds every analysis is opened only once the first one is made (``_first``).
    ``-o -`` is standard output, as ``-`` is standard input (not a file named '-').
    """
    if output == "-":
        output = None
        if fmt.document is not None and fmt.name not in ("text", "json"):  # one HTML page, say
            if many:
                raise UsageError(f"-o -: --format {fmt.name} writes one file per article; give a folder")
            for analysis in analyses:
                sys.stdout.write(fmt.document(analysis))
            return []
    if fmt.stream is not None:
        if output:
            if (analyses := _first(analyses)) is None:
                return []
            with open(_parent_made(output), "w", encoding="utf-8") as fh:
                fmt.stream(analyses, fh)
            return [output]
        fmt.stream(analyses, sys.stdout)
        return []
    if fmt.table is not None:
        if not output:
            raise UsageError(f"--format {fmt.name} writes a binary file: give -o FILE")
        if (analyses := _first(analyses)) is None:
            return []
        fmt.table(analyses, Path(_parent_made(output)))  # an iterator: SQLite writes one article at a time
        return [output]
    if fmt.name == "text" and not output:
        from newsprism.render.terminal import render

        console = _console()
        for analysis in analyses:
            render(analysis, console)
        return []
    if fmt.name == "json" and not output:
        _json_documents(analyses, many, sys.stdout)
        return []
    written: list[str] = []
    used: set[str] = set()
    as_file = output and not Path(output).is_dir() and not output.endswith(("/", os.sep))  # "DIR/" is a folder
    if as_file and many and Path(output).suffix.lower() == fmt.extension:
        # several articles, '-o all.json': what stdout would get (a JSON list; text reports one
        # after another), not a folder named all.json
        if fmt.name not in ("json", "text"):
            folder = str(Path(output).with_suffix("")) + "/"
            raise UsageError(f"-o {output}: --format {fmt.name} writes one file per article; give a folder (-o {folder})")
        if (analyses := _first(analyses)) is None:
            return []
        with open(_parent_made(output), "w", encoding="utf-8") as fh:
            if fmt.name == "json":
                _json_documents(analyses, many, fh)
            else:
                for analysis in analyses:
                    fh.write(fmt.document(analysis))
        return [output]
    if as_file and not many:
        for analysis in analyses:
            Path(_parent_made(output)).write_text(fmt.document(analysis), encoding="utf-8")
            written = [output]
        return written
    folder = Path(output or "reports")
    folder.mkdir(parents=True, exist_ok=True)
    for analysis in analyses:
        name = _slug(analysis, used)
        target = folder / f"{name}{fmt.extension}"
        if _resolved(target) in inputs:  # '-o .' next to the inputs: a.txt's text report must not replace a.txt
            target = folder / f"{name}.newsprism{fmt.extension}"
        target.write_text(fmt.document(analysis), encoding="utf-8")
        written.append(str(target))
    return written


def _first(analyses) -> Iterator | None:
    """The analyses, or None when there are none: when every input is bad, an existing file
    named by -o (yesterday's analyses.jsonl) is left as it was instead of emptied."""
    analyses = iter(analyses)
    first = next(analyses, None)
    return None if first is None else itertools.chain([first], analyses)


def _json_documents(analyses, many: bool, out) -> None:
    """One analysis: its document; several: a JSON list of them, written as each is made
    (not held in memory), the same bytes as ``json_out.dumps(list, indent=2)`` (line separators escaped)."""
    from newsprism.render.json_out import dumps

    analyses = iter(analyses)
    head = list(itertools.islice(analyses, 2))
    if not head:
        return
    if not (many and len(head) > 1):
        out.write(dumps(head[0].to_dict(), indent=2) + "\n")
        return
    sep = "[\n"
    for analysis in itertools.chain(head, analyses):
        doc = dumps(analysis.to_dict(), indent=2)
        out.write(sep + "  " + doc.replace("\n", "\n  "))
        out.flush()
        sep = ",\n"
    out.write("\n]\n")


def cmd_demo(args: argparse.Namespace) -> int:

    from newsprism import samples
    from newsprism.compare import compare
    from newsprism.pipeline import Pipeline
    from newsprism.render import comparison, html_report
    from newsprism.render.terminal import render

    console = _console()
    pipeline = Pipeline(_layer_names(args.layers), args.model)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    analyses = []
    for name, article in samples.load_all():
        analysis = pipeline(article)
        analyses.append(analysis)
        render(analysis, console)
        target = out / f"{name}.html"
        target.write_text(html_report.to_html(analysis), encoding="utf-8")
        written.append(target)
    result = compare(analyses)
    console.print()
    comparison.terminal(result, console)
    target = out / "comparison.html"
    target.write_text(comparison.to_html(result), encoding="utf-8")
    written.append(target)
    console.print()
    console.print("[bold]HTML reports:[/bold]", markup=True)
    for target in written:
        console.print(f"  {target.resolve()}")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from rich.console import Console

    from newsprism import ingest, samples
    from newsprism.compare import compare
    from newsprism.pipeline import Pipeline
    from newsprism.render import comparison
    from newsprism.render.json_out import dumps

    if args.output == "-":  # standard output, as for analyze
        args.output = None
    _inputs_not_output(args.paths, args.output)
    if args.output and (args.output.endswith(("/", os.sep)) or Path(args.output).is_dir()):
        name = Path(args.output) / f"comparison.{'txt' if args.format == 'text' else args.format}"
        raise UsageError(f"-o {args.output}: compare writes one file; give a file name (-o {name})")
    _max_chars_from_env(args)
    pipeline = Pipeline(_layer_names(args.layers), args.model)
    bad = 0
    if args.paths:
        articles = []
        items = ingest.read_many(
            args.paths, fmt=args.input_format, full_paths=args.full_paths, encoding=args.encoding, max_chars=args.max_chars
        )
        for item in items:
            if isinstance(item, ingest.InputError):
                bad += 1
                _report_bad(item)
            else:
                articles.append(item)
    else:
        articles = [a for _, a in samples.load_all()]
    if len(articles) < 2:
        raise UsageError("compare needs at least two readable reports")
    failed: list[str] = []
    analyse = _skipping(pipeline, failed)
    analyses = [x for x in map(analyse, articles) if x is not None]
    if len(analyses) < 2:
        raise UsageError("compare needs at least two reports that could be analysed")
    result = compare(analyses)
    done = EXIT_INTERNAL if failed else EXIT_BAD_INPUT if bad else EXIT_OK
    if args.format == "json":
        text = dumps(result, indent=2) + "\n"
    elif args.format == "html":
        text = comparison.to_html(result)
    else:
        if not args.output:
            comparison.terminal(result, _console())
            return done
        # a plain console writing into a string (a recording console under capture() kept nothing:
        # 'compare -o FILE' wrote an empty file)
        buf = io.StringIO()
        comparison.terminal(
            result, Console(file=buf, width=140, color_system=None, force_terminal=False, markup=False, emoji=False)
        )
        text = buf.getvalue()
    if args.output:
        Path(_parent_made(args.output)).write_text(text, encoding="utf-8")
        print(args.output)
    else:
        sys.stdout.write(text)
    return done


def cmd_layers(args: argparse.Namespace) -> int:
    from newsprism import layers

    for layer in layers.all_layers().values():
        flags = [] if layer.default else ["not default"]
        if layer.requires:
            flags.append("requires " + ",".join(layer.requires))
        if not layer.english_only:
            flags.append("any language")
        print(f"{layer.name:<10} {layer.version:<6} {layer.description}" + (f"  [{'; '.join(flags)}]" if flags else ""))
    return EXIT_OK


def cmd_formats(args: argparse.Namespace) -> int:
    from newsprism import render

    for fmt in render.formats().values():
        print(f"{fmt.name:<15} {fmt.description}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from newsprism.eval import evaluations

    report = evaluations()[args.evaluation].run(args)
    print(report.title)
    for line in report.lines:
        print(line)
    print(report.machine_line())
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from newsprism.train import trainers

    trainers()[args.trainer].run(args)
    return EXIT_OK


COMMANDS = {
    "analyze": cmd_analyze,
    "demo": cmd_demo,
    "compare": cmd_compare,
    "layers": cmd_layers,
    "formats": cmd_formats,
    "eval": cmd_eval,
    "train": cmd_train,
}


def main(argv: list[str] | None = None) -> int:
    from newsprism.datasets import DataMissing
    from newsprism.ingest import InputError
    from newsprism.layers import UnknownLayerError
    from newsprism.nlp import ModelError
    from newsprism.render import UnknownFormatError

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    for name in ("stdout", "stderr"):  # started with '>&-': what would be printed goes nowhere, as into a closed pipe
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="newsprism: %(message)s")
    if not args.verbose:  # trafilatura logs its own ERROR lines for markup we then refuse in one line
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    for name in ("newsprism.ingest", "newsprism.render"):  # input read with a repair, an output row replaced
        logging.getLogger(name).setLevel(logging.WARNING)
    if not args.command:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return COMMANDS[args.command](args)
    except (UsageError, UnknownLayerError, UnknownFormatError, ModelError, DataMissing) as exc:
        _error_line(str(exc))
        return EXIT_BAD_INPUT
    except InputError as exc:
        _report_bad(exc)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("newsprism: interrupted\n")
        return 130
    except OSError as exc:  # writing the output (reading errors are InputErrors): name the file
        name = exc.filename or getattr(args, "output", None)
        where = f"{name}: " if name else ""
        _error_line(f"{where}{exc.strerror or exc}")
        return EXIT_BAD_INPUT
    except Exception as exc:  # last resort: one line, details with --verbose
        if args.verbose:
            logging.exception("internal error")
        from newsprism.render.printable import one_line

        sys.stderr.write(one_line(f"newsprism: internal error: {type(exc).__name__}: {exc} (run with -v for details)") + "\n")
        return EXIT_INTERNAL


def run() -> None:
    sys.exit(main())
