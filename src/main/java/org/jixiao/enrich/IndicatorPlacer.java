package org.jixiao.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;
import org.jixiao.model.Declaration;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorCategory;
import org.jixiao.model.IndicatorGroup;

/**
 * The library step of enrichment: puts each indicator written by its third-level name alone in
 * its standard place (一级, 二级, in frame order), and gives every standard indicator the library's
 * explanation, 指标值确定依据 and 指标分类 where the file gives none. Unknown names without a place
 * are reported all at once, each with the nearest standard names.
 */
public final class IndicatorPlacer {
  private final IndicatorLibrary library;
  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();

  private IndicatorPlacer(IndicatorLibrary library, String file) {
    this.library = library;
    this.file = file;
  }

  public static Declaration place(Declaration d, IndicatorLibrary library) {
    IndicatorPlacer p = new IndicatorPlacer(library, d.file());
    List<IndicatorCategory> longTerm = p.table(d.longTermIndicators());
    List<IndicatorCategory> annual = p.table(d.annualIndicators());
    if (!p.problems.isEmpty()) {
      throw new JixiaoException(p.problems);
    }
    return d.withIndicators(longTerm, annual);
  }

  private List<IndicatorCategory> table(List<IndicatorCategory> written) {
    List<Cat> cats = new ArrayList<>();
    List<Indicator> loose = new ArrayList<>();
    for (IndicatorCategory c : written) {
      if (c.isUnplaced()) {
        loose.addAll(c.groups().get(0).indicators());
      } else if (c.groups().isEmpty() && !library.frame().containsKey(c.name())
          && library.find(c.name()).isPresent()) {
        // "预算执行率:" with nothing after it: a standard indicator, not an empty category
        loose.add(new Indicator(c.name(), "", "", "", "", "", c.line(), 1));
      } else {
        cats.add(new Cat(c.name(), c.line(), c.groups()));
      }
    }
    for (Indicator i : loose) {
      Optional<StandardIndicator> s = library.find(i.name());
      if (s.isEmpty()) {
        unknown(i);
      } else {
        insert(cats, s.get(), i);
      }
    }
    List<IndicatorCategory> out = new ArrayList<>();
    for (Cat c : cats) {
      List<IndicatorGroup> groups = new ArrayList<>();
      for (Group g : c.groups) {
        groups.add(new IndicatorGroup(g.name, g.items.stream().map(this::withDefaults).toList(),
            g.line));
      }
      out.add(new IndicatorCategory(c.name, groups, c.line));
    }
    return out;
  }

  /** The explanation always (seed 002 prints it on empty lines too); basis and kind on lines
   * with a value, so an empty line of a blank form stays empty. */
  private Indicator withDefaults(Indicator i) {
    boolean filled = !(i.value() + i.lastYear() + i.yearBefore()).isEmpty();
    return library.find(i.name())
        .map(s -> i.withDefaults(filled ? s.basis() : "", filled ? s.kind() : "", s.explanation()))
        .orElse(i);
  }

  private void unknown(Indicator i) {
    List<String> near = library.closest(i.name(), 3);
    String hint = (near.isEmpty() ? "" : "是不是想写 " + String.join("、", near) + "？")
        + "自定义的指标请写明位置：一级指标: {二级指标: {" + i.name() + ": 指标值}}";
    problems.add(Diagnostic.error(file, i.line(), i.column(), "indicator-unknown",
        "「" + i.name() + "」不是版式 " + library.variant() + " 的标准指标，又没有写明一级、二级指标",
        hint));
  }

  private void insert(List<Cat> cats, StandardIndicator s, Indicator i) {
    Cat cat = cats.stream().filter(c -> c.name.equals(s.category())).findFirst().orElse(null);
    if (cat == null) {
      cat = new Cat(s.category(), i.line(), List.of());
      cats.add(position(cats.stream().map(c -> categoryRank(c.name)).toList(),
          categoryRank(s.category())), cat);
    }
    Group group =
        cat.groups.stream().filter(g -> g.name.equals(s.group())).findFirst().orElse(null);
    if (group == null) {
      group = new Group(s.group(), i.line(), List.of());
      String c = cat.name;
      cat.groups.add(position(cat.groups.stream().map(g -> groupRank(c, g.name)).toList(),
          groupRank(c, s.group())), group);
    }
    if (group.items.stream().anyMatch(x -> x.name().equals(i.name()))) {
      problems.add(Diagnostic.error(file, i.line(), i.column(), "indicator-duplicate",
          "指标「" + i.name() + "」在「" + s.category() + " → " + s.group() + "」下已经写过",
          "删去其中一处"));
      return;
    }
    group.items.add(position(group.items.stream().map(x -> indicatorRank(x.name())).toList(),
        indicatorRank(i.name())), i);
  }

  /** Where a new item of {@code rank} goes: before the first item ranked after it. */
  private static int position(List<Long> ranks, long rank) {
    for (int k = 0; k < ranks.size(); k++) {
      if (ranks.get(k) > rank) {
        return k;
      }
    }
    return ranks.size();
  }

  private long categoryRank(String name) {
    int k = new ArrayList<>(library.frame().keySet()).indexOf(name);
    return k < 0 ? Long.MAX_VALUE : k;
  }

  private long groupRank(String category, String name) {
    var groups = library.frame().get(category);
    int k = groups == null ? -1 : new ArrayList<>(groups.keySet()).indexOf(name);
    return k < 0 ? Long.MAX_VALUE : k;
  }

  /** Frame position, then the number of a numbered indicator (重点工作2 after 重点工作1). */
  private long indicatorRank(String name) {
    List<StandardIndicator> all = library.all();
    for (int k = 0; k < all.size(); k++) {
      StandardIndicator a = all.get(k);
      String n = number(a, name);
      if (a.name().equals(name) || !n.isEmpty()) {
        return k * 10_000L + (n.isEmpty() ? 0 : Long.parseLong(n));
      }
    }
    return Long.MAX_VALUE;
  }

  private static String number(StandardIndicator a, String name) {
    if (!a.name().contains("{n}")) {
      return "";
    }
    String prefix = a.name().substring(0, a.name().indexOf("{n}"));
    String suffix = a.name().substring(a.name().indexOf("{n}") + 3);
    if (!name.startsWith(prefix) || !name.endsWith(suffix)
        || name.length() <= prefix.length() + suffix.length()) {
      return "";
    }
    String n = name.substring(prefix.length(), name.length() - suffix.length());
    return n.chars().allMatch(Character::isDigit) && n.length() < 5 ? n : "";
  }

  /** A category being assembled. */
  private static final class Cat {
    final String name;
    final int line;
    final List<Group> groups = new ArrayList<>();

    Cat(String name, int line, List<IndicatorGroup> written) {
      this.name = name;
      this.line = line;
      written.forEach(g -> groups.add(new Group(g.name(), g.line(), g.indicators())));
    }
  }

  /** A group being assembled. */
  private static final class Group {
    final String name;
    final int line;
    final List<Indicator> items;

    Group(String name, int line, List<Indicator> written) {
      this.name = name;
      this.line = line;
      this.items = new ArrayList<>(written);
    }
  }
}
