package org.jixiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.model.YNode;
import org.jixiao.variant.Variant;

/**
 * The forms a unit files, decided here for validate and render alike: those its {@code forms:}
 * names, else every form of its variant. A name the variant has no form of is
 * {@code form-unknown}; leaving out a form the variant does not mark {@code optional} is
 * {@code form-required}; {@code forms: []} is {@code form-none}, because a unit that files no
 * form has nothing to print, and printing every form instead would go against what it wrote.
 */
public final class FormChoice {
  private FormChoice() {}

  /**
   * The forms of {@code v} filed by a declaration whose {@code forms:} are {@code names}, in the
   * variant's order; every form when it names none (an empty {@code forms: []} never gets here:
   * validation refuses it).
   */
  public static List<Variant.Form> filed(Variant v, List<String> names) {
    if (names.isEmpty()) {
      return v.forms();
    }
    return v.forms().stream().filter(f -> names.contains(f.file())).toList();
  }

  /** The forms filed, in the variant's order; problems are added to {@code found}. */
  public static List<Variant.Form> of(String file, YNode tree, Variant v, Messages lang,
      List<Diagnostic> found) {
    if (!(tree instanceof YNode.YMap m)) {
      return v.forms();
    }
    YNode given = m.entries().get("forms");
    if (given instanceof YNode.YScalar one && one.text() != null) {
      // forms: 项目申报表, one form named as a text: the list of that one form
      given = new YNode.YList(List.of(one), one.line(), one.column());
    }
    if (!(given instanceof YNode.YList l)) {
      return v.forms();
    }
    List<String> all = v.forms().stream().map(Variant.Form::file).toList();
    if (l.items().isEmpty()) {
      found.add(Diagnostic.error(file, l.line(), l.column(), "form-none",
          lang.pick("forms: 是空的：一个单位至少报一张表", "forms: is empty: a unit files at least one form"),
          lang.pick("写出要报的表，如 forms: [" + all.get(0) + "]；删去 forms: 则报版式的全部表（"
              + String.join("、", all) + "）", "name the forms it files, e.g. forms: [" + all.get(0)
              + "]; delete forms: to file every form of the layout")));
      return v.forms();
    }
    List<String> names = new ArrayList<>();
    for (YNode item : l.items()) {
      if (!(item instanceof YNode.YScalar s) || s.text() == null) {
        continue; // the schema reports what is not a name
      }
      String n = s.text().strip();
      if (!all.contains(n)) {
        found.add(Diagnostic.error(file, s.line(), s.column(), "form-unknown",
            lang.pick("版式 " + v.name() + " 没有「" + n + "」这张表", "layout " + v.name()
                + " has no form '" + n + "'"),
            lang.pick("可报的表：", "its forms: ") + String.join("、", all)
                + Suggest.didYouMean(n, all, lang)));
      }
      names.add(n);
    }
    for (Variant.Form f : v.forms()) {
      if (!names.contains(f.file()) && !f.optional()) {
        found.add(Diagnostic.error(file, l.line(), l.column(), "form-required",
            lang.pick("版式 " + v.name() + " 的「" + f.file() + "」必须报送", "layout " + v.name()
                + " requires the form '" + f.file() + "'"),
            lang.pick("在 forms: 中加上 " + f.file() + "，或删去 forms: 报全部表",
                "add it to forms:, or delete forms: to file every form")));
      }
    }
    return filed(v, names);
  }
}
