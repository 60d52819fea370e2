import Link from "next/link";
import { AppHeader } from "@/components/app-header";

export default function EndpointNotFound() {
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto flex max-w-md flex-col items-center px-6 py-24 text-center">
        <p className="text-[13px] font-medium text-indigo-600 dark:text-indigo-400">404</p>
        <h1 className="mt-2 text-xl font-semibold tracking-tight">This endpoint does not exist</h1>
        <p className="mt-2 text-[13px] leading-5 text-zinc-500 dark:text-zinc-400">
          It may have been deleted, or the link is mistyped. Its URL no longer answers webhooks either.
        </p>
        <Link
          href="/endpoints"
          className="mt-6 inline-flex h-8 items-center rounded-md bg-indigo-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400"
        >
          All endpoints
        </Link>
      </main>
    </div>
  );
}
