package org.jixiao.writer.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jixiao.writer.font.Cff.Entry;
import org.jixiao.writer.font.Cff.Index;
import org.jixiao.writer.font.Cff.Unsupported;

/**
 * A CFF font program cut down to some of its glyphs: the glyphs renumbered 0..n-1 in their
 * original order, only the subroutines they call (renumbered, their callers' operands rewritten
 * for the new bias), and only the Font DICTs and Private DICTs they use. The result is always
 * CID-keyed (Adobe-Identity-0) with CID = glyph id, which is what a PDF's Identity-H text with
 * glyph ids as codes expects. Hints and subroutine structure are kept as they were.
 *
 * <p>The parsed font is immutable and may be shared by threads; each {@link #subset} call has
 * its own state.
 */
final class CffSubset {
  /** Top DICT operators copied as they are: numbers only, none of them an offset or a string. */
  private static final Set<Integer> TOP_COPIED = Set.of(
      1201 /* isFixedPitch */, 1202 /* ItalicAngle */, 1203 /* UnderlinePosition */,
      1204 /* UnderlineThickness */, 1205 /* PaintType */, 1207 /* FontMatrix */, 5 /* FontBBox */,
      1208 /* StrokeWidth */, 1231 /* CIDFontVersion */);
  /** Font DICT operators whose operand is a string id. */
  private static final Set<Integer> SID_OPERATORS = Set.of(0, 1, 2, 3, 4, 1200, 1221, 1222, 1238);
  private static final int STANDARD_STRINGS = 391;
  private static final int MAX_DEPTH = 10;

  private final byte[] d;
  /** Where the CFF table starts in {@link #d}: its offsets are relative to it. */
  private final int base;
  private final List<Entry> top;
  private final byte[] name;
  private final Index strings;
  private final Index globalSubrs;
  private final Index charStrings;
  /** The Font DICT of each glyph, or null when all are in Font DICT 0. */
  private final byte[] fdSelect;
  private final List<List<Entry>> fontDicts = new ArrayList<>();
  private final List<List<Entry>> privates = new ArrayList<>();
  private final List<Index> localSubrs = new ArrayList<>();
  /** Each glyph's walk, by glyph id, made on first use ({@link #walked}). */
  private final AtomicReferenceArray<Walked> walked;
  /** Each subroutine's calls as a glyph first walked it, by {@link #subrKey}. */
  private final Map<Long, Calls> subroutineCalls = new java.util.concurrent.ConcurrentHashMap<>();

  /** Reads the CFF program that starts at {@code base} of {@code file} (an OpenType font's CFF table). */
  CffSubset(byte[] file, int base) {
    this.d = file;
    this.base = base;
    if (file.length < base + 4 || file[base] != 1) {
      throw new Unsupported("CFF major version " + (file.length > base ? file[base] : -1));
    }
    Index names = Index.read(d, base + (d[base + 2] & 0xFF));
    Index tops = Index.read(d, names.end());
    strings = Index.read(d, tops.end());
    globalSubrs = Index.read(d, strings.end());
    if (names.count() != 1) {
      throw new Unsupported(names.count() + " fonts in one CFF");
    }
    name = names.get(0);
    top = Cff.dict(d, tops.start(0), tops.end(0));
    Entry type = Cff.find(top, 1206);
    if (type != null && type.intValue(0) != 2) {
      throw new Unsupported("charstring type " + type.intValue(0));
    }
    if (Cff.find(top, 1230) != null) { // ROS: CID-keyed
      Index fdArray = Index.read(d, base + Cff.find(top, 1236).intValue(0));
      for (int i = 0; i < fdArray.count(); i++) {
        addFontDict(Cff.dict(d, fdArray.start(i), fdArray.end(i)));
      }
      charStrings = Index.read(d, base + Cff.find(top, 17).intValue(0));
      fdSelect = readFdSelect(base + Cff.find(top, 1237).intValue(0), charStrings.count());
    } else {
      addFontDict(top);
      charStrings = Index.read(d, base + Cff.find(top, 17).intValue(0));
      fdSelect = null;
    }
    walked = new AtomicReferenceArray<>(charStrings.count());
  }

  private void addFontDict(List<Entry> dict) {
    Entry priv = Cff.find(dict, 18);
    if (priv == null) {
      throw new Unsupported("Font DICT without a Private DICT");
    }
    int size = priv.intValue(0);
    int at = base + priv.intValue(1);
    List<Entry> p = Cff.dict(d, at, at + size);
    Entry subrs = Cff.find(p, 19);
    fontDicts.add(dict);
    privates.add(p);
    localSubrs.add(subrs == null ? null : Index.read(d, at + subrs.intValue(0)));
  }

  private byte[] readFdSelect(int at, int glyphs) {
    byte[] fds = new byte[glyphs];
    int format = d[at] & 0xFF;
    if (format == 0) {
      System.arraycopy(d, at + 1, fds, 0, glyphs);
    } else if (format == 3) {
      int ranges = Cff.u16(d, at + 1);
      for (int r = 0; r < ranges; r++) {
        int first = Cff.u16(d, at + 3 + 3 * r);
        int next = Cff.u16(d, at + 6 + 3 * r);
        for (int g = first; g < next && g < glyphs; g++) {
          fds[g] = d[at + 5 + 3 * r];
        }
      }
    } else {
      throw new Unsupported("FDSelect format " + format);
    }
    return fds;
  }

  int glyphCount() {
    return charStrings.count();
  }

  private int fdOf(int gid) {
    return fdSelect == null ? 0 : fdSelect[gid] & 0xFF;
  }

  /**
   * The program for {@code glyphs} (original glyph ids, ascending, the first 0 for .notdef): new
   * glyph i is {@code glyphs[i]}.
   *
   * @throws Unsupported for a charstring construct this subsetter does not rewrite (computed
   *     subroutine numbers, seac-style endchar)
   */
  byte[] subset(int[] glyphs) {
    Walk walk = new Walk(glyphs.length);
    for (int i = 0; i < glyphs.length; i++) {
      walk.add(i, walked(glyphs[i]));
    }
    return new Writer(glyphs, walk.finish()).write();
  }

  /**
   * What walking glyph {@code gid} alone finds, walked once per face: a face's glyphs are cut
   * again for every document, and a glyph's charstring and the subroutines it calls never change.
   */
  private Walked walked(int gid) {
    if (gid < 0 || gid >= charStrings.count()) {
      throw new IllegalArgumentException("glyph " + gid + " of " + charStrings.count());
    }
    Walked w = walked.get(gid);
    if (w == null) {
      w = new Reader().glyph(gid); // two threads walking one glyph find the same
      walked.set(gid, w);
    }
    return w;
  }

  /** Where a charstring calls a subroutine: the operand's bytes and what it called. */
  private record Site(int start, int end, boolean local, int fd, int index) {}

  private static final Site[] NO_SITES = {};

  /**
   * What walking a charstring found: its call sites in the order of their offsets (the first met
   * at each place) and the offset of its first executed return, -1 when it never returned.
   */
  private record Calls(Site[] sites, int ret) {
    boolean same(Calls o) {
      return ret == o.ret && java.util.Arrays.equals(sites, o.sites);
    }
  }

  /** One glyph's walk: its Font DICT, and the calls of each charstring it ran, by key. */
  private record Walked(int fd, long[] keys, Calls[] calls) {}

  /** The calls of a charstring that calls nothing and never returns. */
  private static final Calls NO_CALLS = new Calls(NO_SITES, -1);

  /**
   * The walks of a subset's glyphs put together, in glyph order, as if walked one after the
   * other: at each place the call site met first, for each subroutine its first return. Held in
   * arrays by subroutine number (global, and local by Font DICT), not hashed: a subset meets
   * thousands of subroutines, each asked for several times.
   */
  private final class Walk {
    /** Each glyph's own calls, by its place in the subset; null when it calls nothing. */
    final Calls[] glyphCalls;
    /** Each global subroutine's calls, by number; null when none was met. */
    final Calls[] globalCalls = new Calls[globalSubrs.count()];
    /** Each Font DICT's local subroutines' calls, by number; an array made on first use. */
    final Calls[][] localCalls = new Calls[localSubrs.size()][];
    /** The subroutines met, by {@link #subrKey}, in the order first met. */
    private long[] met = new long[1024];
    private int metCount;
    /** The Font DICTs of the glyphs and of the local subroutines called. */
    final boolean[] fds = new boolean[fontDicts.size()];
    /** How many call sites call each global subroutine; made by {@link #finish}. */
    int[] globalCallers;
    /** The same for each Font DICT's local subroutines; null for a Font DICT none is called of. */
    int[][] localCallers;
    /** The global subroutines called, ascending. */
    int[] globals;
    /** The local subroutines called, ascending, by Font DICT; null when none. */
    int[][] locals;

    Walk(int glyphs) {
      glyphCalls = new Calls[glyphs];
    }

    /** Adds the walk of the glyph at place {@code at} of the subset. */
    void add(int at, Walked w) {
      fds[w.fd()] = true;
      long[] keys = w.keys();
      Calls[] calls = w.calls();
      for (int i = 0; i < keys.length; i++) {
        long key = keys[i];
        Calls c = calls[i];
        if (key >>> 40 == 0) {
          glyphCalls[at] = c; // the glyph's own charstring
          continue;
        }
        Calls[] table = table(key);
        int index = (int) (key & 0xFFFFF);
        Calls before = table[index];
        if (before == null) {
          table[index] = c;
          if (metCount == met.length) {
            met = java.util.Arrays.copyOf(met, 2 * metCount);
          }
          met[metCount++] = key;
        } else if (before != c) {
          table[index] = merge(before, c);
        }
      }
    }

    /** The array that holds subroutine {@code key}'s calls, made on first use. */
    private Calls[] table(long key) {
      if (key >>> 40 == 1) {
        return globalCalls;
      }
      int fd = (int) (key >>> 20 & 0xFFFFF);
      Calls[] t = localCalls[fd];
      if (t == null) {
        t = new Calls[localSubrs.get(fd).count()];
        localCalls[fd] = t;
      }
      return t;
    }

    /** A subroutine walked otherwise by a later glyph: the earlier walk wins at each place. */
    private static Calls merge(Calls first, Calls then) {
      TreeMap<Integer, Site> at = new TreeMap<>();
      for (Site s : first.sites()) {
        at.put(s.start(), s);
      }
      for (Site s : then.sites()) {
        Site before = at.putIfAbsent(s.start(), s);
        if (before != null && !before.equals(s)) {
          throw new Unsupported("a global subroutine calls different local ones");
        }
      }
      return new Calls(at.values().toArray(NO_SITES), first.ret() >= 0 ? first.ret() : then.ret());
    }

    /** After the last glyph: the subroutines called, global and by Font DICT, and their callers. */
    Walk finish() {
      globalCallers = new int[globalCalls.length];
      localCallers = new int[localCalls.length][];
      long[] globalBits = new long[(globalCalls.length + 63) >>> 6];
      long[][] localBits = new long[localCalls.length][];
      for (Calls c : glyphCalls) {
        if (c != null) {
          count(c, globalBits, localBits);
        }
      }
      for (int i = 0; i < metCount; i++) {
        long key = met[i];
        count(table(key)[(int) (key & 0xFFFFF)], globalBits, localBits);
      }
      globals = called(globalBits);
      locals = new int[localCallers.length][];
      for (int fd = 0; fd < localCallers.length; fd++) {
        if (localCallers[fd] != null) {
          locals[fd] = called(localBits[fd]);
          fds[fd] = true;
        }
      }
      return this;
    }

    /** Counts the calls of {@code c} and marks each subroutine called in the bits. */
    private void count(Calls c, long[] globalBits, long[][] localBits) {
      for (Site s : c.sites()) {
        int index = s.index();
        if (s.local()) {
          int fd = s.fd();
          int[] t = localCallers[fd];
          if (t == null) {
            int n = localSubrs.get(fd).count();
            t = new int[n];
            localCallers[fd] = t;
            localBits[fd] = new long[(n + 63) >>> 6];
          }
          t[index]++;
          localBits[fd][index >>> 6] |= 1L << index;
        } else {
          globalCallers[index]++;
          globalBits[index >>> 6] |= 1L << index;
        }
      }
    }

    /** The numbers whose bits are set, ascending. */
    private static int[] called(long[] bits) {
      int n = 0;
      for (long w : bits) {
        n += Long.bitCount(w);
      }
      int[] out = new int[n];
      n = 0;
      for (int i = 0; i < bits.length; i++) {
        for (long w = bits[i]; w != 0; w &= w - 1) {
          out[n++] = (i << 6) + Long.numberOfTrailingZeros(w);
        }
      }
      return out;
    }

    int[] localsOf(int fd) {
      return locals[fd] == null ? new int[0] : locals[fd];
    }

    /** How many call sites call the subroutine. */
    int callers(boolean local, int fd, int index) {
      return local ? localCallers[fd][index] : globalCallers[index];
    }

    /** The calls of the subroutine, or {@link #NO_CALLS}. */
    Calls subr(boolean local, int fd, int index) {
      Calls[] t = local ? localCalls[fd] : globalCalls;
      Calls c = t == null ? null : t[index];
      return c == null ? NO_CALLS : c;
    }
  }

  /**
   * Interprets a glyph's charstring far enough to find every subroutine call: operand counts
   * (for the implicit stems before a hintmask, which decide its length) and the number before
   * each callsubr / callgsubr.
   */
  private final class Reader {
    /** Call sites by charstring: glyph id, or {@link #subrKey}; the first met at each place. */
    final Map<Long, Map<Integer, Site>> sites = new HashMap<>();
    /** Where each subroutine run returns: the offset of its first executed return. */
    final Map<Long, Integer> returns = new HashMap<>();
    private int stack;
    private int stems;
    private boolean lastNumber;
    private int lastValue;
    private int lastStart;
    private int lastEnd;

    Walked glyph(int gid) {
      int fd = fdOf(gid);
      run(charStrings.start(gid), charStrings.end(gid), fd, gid, 0);
      TreeSet<Long> keys = new TreeSet<>(sites.keySet());
      keys.addAll(returns.keySet());
      long[] order = new long[keys.size()];
      Calls[] found = new Calls[keys.size()];
      int i = 0;
      for (long key : keys) {
        Map<Integer, Site> at = sites.getOrDefault(key, Map.of());
        Site[] sorted = new TreeMap<>(at).values().toArray(NO_SITES);
        Calls c = new Calls(sorted, returns.getOrDefault(key, -1));
        if (key != gid) {
          // most glyphs walk a subroutine alike: share one copy, which the Walk sees as the same
          Calls shared = subroutineCalls.putIfAbsent(key, c);
          if (shared != null && shared.same(c)) {
            c = shared;
          }
        }
        order[i] = key;
        found[i++] = c;
      }
      return new Walked(fd, order, found);
    }

    /** Runs one charstring; true when it ended the glyph (endchar). */
    private boolean run(int start, int end, int fd, long key, int depth) {
      if (depth > MAX_DEPTH) {
        throw new Unsupported("subroutines nested deeper than " + MAX_DEPTH);
      }
      int i = start;
      while (i < end) {
        int b = d[i] & 0xFF;
        if (b == 28 || b >= 32) {
          int len = b == 28 ? 3 : b <= 246 ? 1 : b <= 254 ? 2 : 5;
          lastNumber = b != 255;
          lastValue = b == 28 ? (short) Cff.u16(d, i + 1) : b <= 246 ? b - 139
              : b <= 250 ? (b - 247) * 256 + (d[i + 1] & 0xFF) + 108
              : b <= 254 ? -(b - 251) * 256 - (d[i + 1] & 0xFF) - 108 : 0;
          lastStart = i - start;
          lastEnd = i - start + len;
          stack++;
          i += len;
          continue;
        }
        int op = b == 12 ? 1200 + (d[i + 1] & 0xFF) : b;
        i += b == 12 ? 2 : 1;
        boolean number = lastNumber;
        lastNumber = false;
        switch (op) {
          case 1, 3, 18, 23 -> { // hstem vstem hstemhm vstemhm
            stems += stack / 2;
            stack = 0;
          }
          case 19, 20 -> { // hintmask cntrmask: implicit vstems first
            stems += stack / 2;
            stack = 0;
            i += (stems + 7) / 8;
          }
          case 10, 29 -> { // callsubr callgsubr
            if (!number) {
              throw new Unsupported("computed subroutine number");
            }
            boolean local = op == 10;
            Index subrs = local ? localSubrs.get(fd) : globalSubrs;
            if (subrs == null) {
              throw new Unsupported("callsubr without local subroutines");
            }
            int index = lastValue + Cff.bias(subrs.count());
            if (index < 0 || index >= subrs.count()) {
              throw new Unsupported("subroutine " + index + " of " + subrs.count());
            }
            Site site = new Site(lastStart, lastEnd, local, local ? fd : -1, index);
            Site before = sites.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(lastStart, site);
            if (before != null && !before.equals(site)) {
              throw new Unsupported("a global subroutine calls different local ones");
            }
            stack--;
            long subKey = subrKey(local, fd, index);
            if (run(subrs.start(index), subrs.end(index), fd, subKey, depth + 1)) {
              return true;
            }
          }
          case 11 -> { // return
            returns.putIfAbsent(key, i - 1 - start);
            return false;
          }
          case 14 -> { // endchar
            if (stack >= 4) {
              throw new Unsupported("endchar with accent operands (seac)");
            }
            return true;
          }
          case 1203, 1204, 1205, 1209, 1210, 1211, 1212, 1214, 1215, 1218, 1220, 1221, 1222,
              1223, 1224, 1226, 1227, 1228, 1229, 1230 ->
              throw new Unsupported("charstring arithmetic operator 12 " + (op - 1200));
          default -> stack = 0;
        }
      }
      return false;
    }
  }

  /** The key of a subroutine: global ones (1 << 40) before local ones by Font DICT and number. */
  private static long subrKey(boolean local, int fd, int index) {
    return local ? (2L << 40) | ((long) fd << 20) | index : (1L << 40) | index;
  }

  /**
   * Lays the subset program out: header, INDEXes, charset, FDSelect, DICTs, subroutines. A
   * subroutine called from one place only is put in that place instead (its body up to its
   * return): in a subset most are, and each call costs its number, the call, the return and an
   * INDEX offset.
   */
  private final class Writer {
    private final int[] glyphs;
    private final Walk walk;
    /** Old Font DICT number to new, -1 for one not kept. */
    private final int[] fdNew = new int[fontDicts.size()];
    private final List<Integer> fdOld = new ArrayList<>();
    private final List<byte[]> strings = new ArrayList<>(List.of(ascii("Adobe"), ascii("Identity")));
    /**
     * Each kept subroutine's new number plus one, by old number: global ones, and each Font
     * DICT's local ones; 0 for one called from one place only and returning, which is put in
     * place of its call instead.
     */
    private final int[] globalNew;
    private final int[][] localNew;
    /** The subroutines kept, by old number: global ones, and each Font DICT's local ones. */
    private final int[] keptGlobals;
    private final int[][] keptLocals = new int[fontDicts.size()][];
    /** Where each charstring is rewritten before it is copied out. */
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(1024);

    Writer(int[] glyphs, Walk walk) {
      this.glyphs = glyphs;
      this.walk = walk;
      java.util.Arrays.fill(fdNew, -1);
      localNew = new int[fontDicts.size()][];
      for (int fd = 0; fd < walk.fds.length; fd++) {
        if (!walk.fds[fd]) {
          continue;
        }
        fdNew[fd] = fdOld.size();
        fdOld.add(fd);
        int[] called = walk.localsOf(fd);
        int[] kept = new int[called.length];
        int n = 0;
        int[] renumber = called.length == 0 ? null : new int[localSubrs.get(fd).count()];
        for (int old : called) {
          if (!inlined(true, fd, old)) {
            renumber[old] = n + 1;
            kept[n++] = old;
          }
        }
        keptLocals[fd] = java.util.Arrays.copyOf(kept, n);
        localNew[fd] = renumber;
      }
      globalNew = new int[globalSubrs.count()];
      int[] kept = new int[walk.globals.length];
      int n = 0;
      for (int old : walk.globals) {
        if (!inlined(false, -1, old)) {
          globalNew[old] = n + 1;
          kept[n++] = old;
        }
      }
      keptGlobals = java.util.Arrays.copyOf(kept, n);
    }

    private boolean inlined(boolean local, int fd, int index) {
      return walk.callers(local, fd, index) == 1 && walk.subr(local, fd, index).ret() >= 0;
    }

    /** The new number of the subroutine {@code s} calls, -1 when it is put in place of the call. */
    private int renumbered(Site s) {
      return (s.local() ? localNew[s.fd()][s.index()] : globalNew[s.index()]) - 1;
    }

    byte[] write() {
      List<byte[]> charStringList = new ArrayList<>();
      for (int i = 0; i < glyphs.length; i++) {
        int gid = glyphs[i];
        Calls calls = walk.glyphCalls[i];
        charStringList.add(rewrite(charStrings.start(gid), charStrings.end(gid),
            calls == null ? NO_CALLS : calls, 0));
      }
      List<byte[]> gsubrs = new ArrayList<>();
      for (int old : keptGlobals) {
        gsubrs.add(rewrite(globalSubrs.start(old), globalSubrs.end(old), walk.subr(false, -1, old), 0));
      }
      List<byte[]> privateBlocks = new ArrayList<>();
      for (int fd : fdOld) {
        privateBlocks.add(privateBlock(fd));
      }
      byte[] charset = charset();
      byte[] select = fdSelect();
      ByteArrayOutputStream charStringIndex = new ByteArrayOutputStream();
      Cff.writeIndex(charStringIndex, charStringList);
      ByteArrayOutputStream gsubrIndex = new ByteArrayOutputStream();
      Cff.writeIndex(gsubrIndex, gsubrs);
      // Font DICT strings first: the String INDEX precedes everything that has an offset
      List<byte[]> fdDicts = new ArrayList<>();
      for (int i = 0; i < fdOld.size(); i++) {
        fdDicts.add(fontDict(fdOld.get(i), privateBlocks.get(i).length, 0));
      }
      ByteArrayOutputStream nameIndex = new ByteArrayOutputStream();
      Cff.writeIndex(nameIndex, List.of(name));
      ByteArrayOutputStream stringIndex = new ByteArrayOutputStream();
      Cff.writeIndex(stringIndex, strings);
      int topLength = topDict(0, 0, 0, 0).length;
      ByteArrayOutputStream topIndexProbe = new ByteArrayOutputStream();
      Cff.writeIndex(topIndexProbe, List.of(new byte[topLength]));

      int at = 4 + nameIndex.size() + topIndexProbe.size() + stringIndex.size() + gsubrIndex.size();
      int charsetAt = at;
      int fdSelectAt = charsetAt + charset.length;
      int charStringsAt = fdSelectAt + select.length;
      int fdArrayAt = charStringsAt + charStringIndex.size();
      ByteArrayOutputStream fdArrayProbe = new ByteArrayOutputStream();
      Cff.writeIndex(fdArrayProbe, fdDicts);
      int privateAt = fdArrayAt + fdArrayProbe.size();
      List<byte[]> finalFdDicts = new ArrayList<>();
      int p = privateAt;
      for (int i = 0; i < fdOld.size(); i++) {
        finalFdDicts.add(fontDict(fdOld.get(i), privateSize(fdOld.get(i)), p));
        p += privateBlocks.get(i).length;
      }

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(new byte[] {1, 0, 4, 4});
      out.writeBytes(nameIndex.toByteArray());
      Cff.writeIndex(out, List.of(topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt)));
      out.writeBytes(stringIndex.toByteArray());
      out.writeBytes(gsubrIndex.toByteArray());
      out.writeBytes(charset);
      out.writeBytes(select);
      out.writeBytes(charStringIndex.toByteArray());
      Cff.writeIndex(out, finalFdDicts);
      for (byte[] block : privateBlocks) {
        out.writeBytes(block);
      }
      return out.toByteArray();
    }

    private byte[] topDict(int charset, int fdSelectAt, int charStringsAt, int fdArrayAt) {
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      t.writeBytes(Cff.dictInt(STANDARD_STRINGS));
      t.writeBytes(Cff.dictInt(STANDARD_STRINGS + 1));
      t.writeBytes(Cff.dictInt(0));
      t.writeBytes(Cff.operator(1230));
      for (Entry e : top) {
        if (TOP_COPIED.contains(e.op())) {
          t.writeBytes(e.raw());
          t.writeBytes(Cff.operator(e.op()));
        }
      }
      t.writeBytes(Cff.dictInt(glyphs.length));
      t.writeBytes(Cff.operator(1234));
      t.writeBytes(Cff.int5(charset));
      t.writeBytes(Cff.operator(15));
      t.writeBytes(Cff.int5(fdSelectAt));
      t.writeBytes(Cff.operator(1237));
      t.writeBytes(Cff.int5(charStringsAt));
      t.writeBytes(Cff.operator(17));
      t.writeBytes(Cff.int5(fdArrayAt));
      t.writeBytes(Cff.operator(1236));
      return t.toByteArray();
    }

    /** The Font DICT: the original's entries, strings re-numbered, Private pointing at {@code at}. */
    private byte[] fontDict(int fd, int privateSize, int at) {
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      if (fdSelect != null) {
        for (Entry e : fontDicts.get(fd)) {
          if (e.op() == 1238 && e.values().length == 1 && e.intValue(0) >= STANDARD_STRINGS) {
            t.writeBytes(Cff.dictInt(string(e.intValue(0))));
            t.writeBytes(Cff.operator(1238));
          } else if (e.op() != 18 && !SID_OPERATORS.contains(e.op())) {
            t.writeBytes(e.raw());
            t.writeBytes(Cff.operator(e.op()));
          }
        }
      }
      t.writeBytes(Cff.int5(privateSize));
      t.writeBytes(Cff.int5(at));
      t.writeBytes(Cff.operator(18));
      return t.toByteArray();
    }

    /** The new string id of old string {@code sid}, added to the String INDEX on first use. */
    private int string(int sid) {
      byte[] s = CffSubset.this.strings.get(sid - STANDARD_STRINGS);
      for (int i = 0; i < strings.size(); i++) {
        if (java.util.Arrays.equals(strings.get(i), s)) {
          return STANDARD_STRINGS + i;
        }
      }
      strings.add(s);
      return STANDARD_STRINGS + strings.size() - 1;
    }

    private int privateSize(int fd) {
      return privateDict(fd).length;
    }

    /** The Private DICT without Subrs, then Subrs pointing just past it when it has any. */
    private byte[] privateDict(int fd) {
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      for (Entry e : privates.get(fd)) {
        if (e.op() != 19) {
          t.writeBytes(e.raw());
          t.writeBytes(Cff.operator(e.op()));
        }
      }
      if (keptLocals[fd].length > 0) {
        int size = t.size() + 6;
        t.writeBytes(Cff.int5(size));
        t.writeBytes(Cff.operator(19));
      }
      return t.toByteArray();
    }

    private byte[] privateBlock(int fd) {
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      t.writeBytes(privateDict(fd));
      int[] used = keptLocals[fd];
      if (used.length > 0) {
        List<byte[]> subrs = new ArrayList<>();
        Index index = localSubrs.get(fd);
        for (int old : used) {
          subrs.add(rewrite(index.start(old), index.end(old), walk.subr(true, fd, old), 0));
        }
        Cff.writeIndex(t, subrs);
      }
      return t.toByteArray();
    }

    /**
     * The charstring in bytes [start, end) of the font, walked as {@code calls}: each call of a
     * kept subroutine renumbered, each call of an inlined one replaced by its body.
     */
    private byte[] rewrite(int start, int end, Calls calls, int depth) {
      scratch.reset();
      rewrite(start, end, calls, depth, scratch);
      return scratch.toByteArray();
    }

    /** As above, into {@code out}: an inlined body goes straight into its caller's bytes. */
    private void rewrite(int start, int end, Calls calls, int depth, ByteArrayOutputStream out) {
      if (depth > MAX_DEPTH) {
        throw new Unsupported("subroutines nested deeper than " + MAX_DEPTH);
      }
      int copied = 0;
      for (Site s : calls.sites()) {
        if (start + s.start() >= end) {
          break; // after an inlined body's return: never run
        }
        out.write(d, start + copied, s.start() - copied);
        int renumber = renumbered(s);
        if (renumber < 0) {
          int op = d[start + s.end()];
          if (op != 10 && op != 29) {
            throw new Unsupported("a subroutine number not just before its call");
          }
          Index subrs = s.local() ? localSubrs.get(s.fd()) : globalSubrs;
          int body = subrs.start(s.index());
          Calls callee = walk.subr(s.local(), s.fd(), s.index());
          rewrite(body, body + callee.ret(), callee, depth + 1, out);
          copied = s.end() + 1; // past the callsubr or callgsubr
        } else {
          int number = renumber - Cff.bias(s.local() ? keptLocals[s.fd()].length : keptGlobals.length);
          out.writeBytes(Cff.charstringInt(number));
          copied = s.end();
        }
      }
      out.write(d, start + copied, end - start - copied);
    }

    /** Format 2: glyph i is CID i. */
    private byte[] charset() {
      if (glyphs.length <= 1) {
        return new byte[] {0};
      }
      int left = glyphs.length - 2;
      return new byte[] {2, 0, 1, (byte) (left >> 8), (byte) left};
    }

    /** Format 3: one range per run of glyphs in the same Font DICT. */
    private byte[] fdSelect() {
      ByteArrayOutputStream ranges = new ByteArrayOutputStream();
      int count = 0;
      int previous = -1;
      for (int i = 0; i < glyphs.length; i++) {
        int fd = fdNew[fdOf(glyphs[i])];
        if (fd != previous) {
          ranges.write(i >> 8);
          ranges.write(i);
          ranges.write(fd);
          count++;
          previous = fd;
        }
      }
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      t.write(3);
      t.write(count >> 8);
      t.write(count);
      t.writeBytes(ranges.toByteArray());
      t.write(glyphs.length >> 8);
      t.write(glyphs.length);
      return t.toByteArray();
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
