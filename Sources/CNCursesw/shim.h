#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* SwiftPM drops -D_XOPEN_SOURCE from pkg-config, so ask for the wide-character API explicitly. */
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 cannot read mutable C globals or expand function-like macros: these wrappers expose them. */

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cnc_stdout(void) { return stdout; }
static inline FILE *cnc_stdin(void) { return stdin; }

static inline void cnc_getmaxyx(WINDOW *window, int *out_rows, int *out_cols) {
  int y = 0, x = 0;
  getmaxyx(window, y, x);
  *out_rows = y;
  *out_cols = x;
}

static inline int cnc_key_f(int n) { return KEY_F(n); }

/* Attributes (NCURSES_BITS casts do not import). */
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }

/* Mouse masks (computed macros). */
static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cnc_button_pressed(int button) {
  switch (button) {
  case 1: return BUTTON1_PRESSED;
  case 2: return BUTTON2_PRESSED;
  case 3: return BUTTON3_PRESSED;
  case 4: return BUTTON4_PRESSED;
  default: return BUTTON5_PRESSED;
  }
}
static inline mmask_t cnc_button_released(int button) {
  switch (button) {
  case 1: return BUTTON1_RELEASED;
  case 2: return BUTTON2_RELEASED;
  default: return BUTTON3_RELEASED;
  }
}
static inline mmask_t cnc_button_clicked(int button) {
  switch (button) {
  case 1: return BUTTON1_CLICKED;
  case 2: return BUTTON2_CLICKED;
  default: return BUTTON3_CLICKED;
  }
}
static inline mmask_t cnc_button_double_clicked(int button) {
  switch (button) {
  case 1: return BUTTON1_DOUBLE_CLICKED;
  case 2: return BUTTON2_DOUBLE_CLICKED;
  default: return BUTTON3_DOUBLE_CLICKED;
  }
}
static inline mmask_t cnc_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t cnc_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t cnc_button_alt(void) { return BUTTON_ALT; }

/* terminfo: whether a string capability is present (tigetstr returns NULL or (char *)-1 otherwise). */
static inline int cnc_has_string_capability(const char *name) {
  char *value = tigetstr(name);
  return value != NULL && value != (char *)-1;
}

/* Frees the terminal description loaded by a setupterm preflight (newterm loads its own). */
static inline void cnc_release_preflight_terminal(void) {
  if (cur_term != NULL) {
    del_curterm(cur_term);
  }
}

/* Whether the current LC_CTYPE codeset is UTF-8. */
static inline int cnc_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) {
    return 0;
  }
  return (codeset[0] == 'U' || codeset[0] == 'u') && (codeset[1] == 'T' || codeset[1] == 't') &&
         (codeset[2] == 'F' || codeset[2] == 'f') &&
         ((codeset[3] == '-' && codeset[4] == '8' && codeset[5] == 0) || (codeset[3] == '8' && codeset[4] == 0));
}

#endif
