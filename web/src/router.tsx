/**
 * A small client-side router over the History API: the path picks the page, and the query string
 * holds filters so that any view can be shared by its URL.
 *
 * @example
 * const { path, query } = useLocation();
 * navigate("/dyad/USA-PRK?since=2025-01-01");
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

const CHANGE = "parley:navigate";

/** The current location. @example { path: "/dyad/USA-PRK", query: URLSearchParams } */
export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
}

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/**
 * Goes to a URL of this app without a page load.
 * @example navigate("/event/12")
 */
export function navigate(url: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace) window.scrollTo(0, 0);
}

/**
 * The location, updated on navigation and on the back and forward buttons.
 * @example const { query } = useLocation();
 */
export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener("popstate", update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return location;
}

/**
 * A link that navigates in the app; modified clicks (new tab) keep the browser's behaviour.
 * @example <Link href="/dyad/USA-PRK">USA–PRK</Link>
 */
export function Link(props: {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  readonly title?: string;
  readonly "aria-label"?: string;
  readonly "data-testid"?: string;
}) {
  const { href, children, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

/**
 * The URL with some query parameters set (empty values removed).
 * @example withQuery("/", query, { since: "2025-01-01" })
 */
export function withQuery(path: string, query: URLSearchParams, changes: Record<string, string>): string {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === "") next.delete(key);
    else next.set(key, value);
  }
  const search = next.toString();
  return search ? `${path}?${search}` : path;
}
