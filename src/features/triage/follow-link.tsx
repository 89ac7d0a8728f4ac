import { type AnchorHTMLAttributes, createContext, type MouseEvent, useContext } from 'react';

/** How the route follows an in-app href without reloading the page (the router's navigate). */
export const FollowContext = createContext<(href: string) => void>((href) => {
  window.location.assign(href);
});

export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** An anchor (so it can be opened in a new tab or copied) that a plain click follows inside the app. */
export function FollowLink({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = useContext(FollowContext);
  return (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event)) return;
        event.preventDefault();
        follow(href);
      }}
    />
  );
}
