// Link Grammar on news sentences: parse speed and how often no complete linkage exists.
// Reads one sentence a line on stdin, parses each with the options a careful user would set
// (linkage limit 100, 1 s timeout per sentence, null links allowed up to 3 only when no complete
// linkage exists, panic mode on), and prints sentences per CPU second and null-link counts.
// Built only when Debian's liblink-grammar-dev is found; run by tests/bench/linkgrammar.sh.
#include <link-grammar/link-includes.h>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>

namespace {
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}
}  // namespace

int main(int argc, char** argv) {
  int max_null = argc > 1 ? std::stoi(argv[1]) : 3;
  double timeout = argc > 2 ? std::stod(argv[2]) : 1.0;
  Dictionary dict = dictionary_create_lang("en");
  if (!dict) {
    std::fprintf(stderr, "lg_bench: cannot open the English dictionary\n");
    return 1;
  }
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_linkage_limit(opts, 100);
  parse_options_set_max_parse_time(opts, timeout);
  parse_options_set_islands_ok(opts, 0);
  parse_options_set_short_length(opts, 16);
  parse_options_set_all_short_connectors(opts, 1);
  Parse_Options panic = parse_options_create();
  parse_options_set_verbosity(panic, 0);
  parse_options_set_linkage_limit(panic, 100);
  parse_options_set_max_parse_time(panic, timeout);
  parse_options_set_min_null_count(panic, 1);
  parse_options_set_max_null_count(panic, max_null);
  parse_options_set_short_length(panic, 6);
  parse_options_set_all_short_connectors(panic, 1);

  long n = 0, words = 0, complete = 0, with_nulls = 0, none = 0, timed_out = 0;
  double cpu = 0, worst = 0;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    double t0 = cpu_seconds();
    Sentence s = sentence_create(line.c_str(), dict);
    int found = sentence_parse(s, opts);
    bool timeout_hit = parse_options_timer_expired(opts);
    if (found > 0 && sentence_null_count(s) == 0) {
      ++complete;
    } else {
      found = sentence_parse(s, panic);
      timeout_hit = timeout_hit || parse_options_timer_expired(panic);
      if (found > 0) ++with_nulls; else ++none;
    }
    if (timeout_hit) ++timed_out;
    words += sentence_length(s);
    if (found > 0) {
      Linkage l = linkage_create(0, s, opts);
      if (l) linkage_delete(l);
    }
    sentence_delete(s);
    double dt = cpu_seconds() - t0;
    cpu += dt;
    if (dt > worst) worst = dt;
    ++n;
  }
  std::printf("sentences %ld words %ld cpu_s %.3f sentences_per_cpu_s %.1f worst_s %.3f\n", n, words, cpu,
              cpu > 0 ? n / cpu : 0.0, worst);
  std::printf("complete %ld (%.1f%%) null_links %ld (%.1f%%) no_linkage %ld timed_out %ld\n", complete,
              n ? 100.0 * complete / n : 0.0, with_nulls, n ? 100.0 * with_nulls / n : 0.0, none, timed_out);
  parse_options_delete(opts);
  parse_options_delete(panic);
  dictionary_delete(dict);
  return 0;
}
