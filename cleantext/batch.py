"""The former home of the corpus tools, kept so that scripts importing from it still run.

New code imports from where each job lives: ``cleantext.files`` (compressed streams, atomic
writes), ``cleantext.pipelines`` (one pipeline per process, rule bundles), ``cleantext.records``
(the record policy, ``clean_records``), ``cleantext.workers`` and ``cleantext.progress``.
"""
from .files import (MAX_DOCUMENT, TEMP_SUFFIX, AtomicWriter, TooLargeError, compression, open_read, open_write,
                    read_bounded, remove_stale_temporaries, write_atomic)
from .pipelines import RuleBundle, pipeline_for, pipeline_from_bundle, pipelines_built, rule_bundle
from .progress import Progress
from .records import Outcome, clean_record, clean_records
from .workers import Workers, chunked

__all__ = ["MAX_DOCUMENT", "TEMP_SUFFIX", "AtomicWriter", "TooLargeError", "compression", "open_read", "open_write",
           "read_bounded", "remove_stale_temporaries", "write_atomic", "RuleBundle", "pipeline_for",
           "pipeline_from_bundle", "pipelines_built", "rule_bundle", "Progress", "Outcome", "clean_record",
           "clean_records", "Workers", "chunked"]
