// Exporting a saved timeline (read back with timeline_io.hpp) gives what exporting the model gives,
// so `parley export TIMELINE.yaml` and `parley export ARTICLE.txt` agree in every format.
#include <gtest/gtest.h>

#include "parley/timeline_export.hpp"
#include "parley/timeline_io.hpp"
#include "parley/timeline_output.hpp"
#include "tests/export_test_data.hpp"

namespace {

using namespace parley;

TEST(ExportSavedTimeline, EveryFormatEqualsTheModelsExport) {
  const Timeline& model = parley::testing::vienna_timeline();
  const Timeline saved = timeline_from_yaml(timeline_to_yaml(model), "vienna.yaml");
  for (ExportFormat f : {ExportFormat::TimelineJs, ExportFormat::Vis, ExportFormat::Mermaid, ExportFormat::Csv,
                         ExportFormat::Edtf, ExportFormat::Html})
    EXPECT_EQ(export_timeline(saved, f), export_timeline(model, f)) << to_string(f);
}

TEST(ExportSavedTimeline, FormatNames) {
  for (const char* name : {"timelinejs", "vis", "mermaid", "csv", "edtf", "html"}) {
    const auto f = export_format_from_string(name);
    ASSERT_TRUE(f) << name;
    EXPECT_EQ(to_string(*f), name);
  }
  EXPECT_FALSE(export_format_from_string("pdf"));
}

}  // namespace
