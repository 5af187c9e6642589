package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition of the 88号 project form that makes 成本指标 a first level of its own (财预〔2021〕101号)
 * by its variant.yaml alone: init's blank follows its first_level, where it wrote the family's
 * library frame (成本指标 under 产出指标, no 成本指标 first level) and so asked for a shape the
 * form does not have.
 */
class InitFirstLevelsTest {
  @TempDir
  Path dir;

  @Test
  void initWritesTheEditionsFirstLevelsInItsOrder() throws IOException {
    Path variant = dir.resolve("templates/cost-first");
    Files.createDirectories(variant);
    Files.writeString(variant.resolve("variant.yaml"), """
        extends: central-2015-project
        forms:
          项目支出绩效目标申报表:
            keys:
              project: [name, department, executor, attribute, period, budget, fiscal, other, goal, indicators]
        indicators:
          first_level: [产出指标, 成本指标, 效益指标, 满意度指标]
        checks:
          project-first-level: {require: [产出, 成本, 效益, 满意度]}
        """);
    Path file = dir.resolve("u.yaml");
    Run init = MainTest.jixiao("init", "--layout", "cost-first", "--templates",
        dir.resolve("templates").toString(), "--unit", "某局", "--year", "2025", file.toString());
    assertEquals(0, init.code(), init.err());
    String text = Files.readString(file);
    int output = text.indexOf("\n      产出指标:");
    int cost = text.indexOf("\n      成本指标:");
    int benefit = text.indexOf("\n      效益指标:");
    assertTrue(output > 0 && output < cost && cost < benefit, text);
    assertTrue(!text.contains("\n        成本指标:"), text);
    assertTrue(text.contains("\n        时效指标:"), text);
  }
}
