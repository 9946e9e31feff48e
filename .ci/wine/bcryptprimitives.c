/* A stand-in bcryptprimitives.dll for Wine 8.0, which lacks it.
 *
 * Rust's standard library (1.78 and later) imports ProcessPrng from
 * bcryptprimitives.dll for its random seeds (HashMap keys). Wine 8.0 has
 * no such DLL, so every Rust program fails to start under it. This one
 * exports ProcessPrng and forwards to BCryptGenRandom, which Wine has.
 * Built by .ci/wine.sh with x86_64-w64-mingw32-gcc and placed in the Wine
 * prefix's system32; not needed on Windows 10 and later. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* BCryptGenRandom takes a ULONG length: fill in chunks. */
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, n,
                                            BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += n;
        len -= n;
    }
    /* The real ProcessPrng always returns TRUE. */
    return TRUE;
}
